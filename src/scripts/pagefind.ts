/**
 * The Pagefind index, loaded only when a page first searches: pages that
 * never search never download it. Shared by the search page and the register
 * filters so both use one copy and one set of options.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    // An absolute URL, built at run time, so the bundler leaves the index alone.
    const url = new URL('/pagefind/pagefind.js', location.origin).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 28 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}
