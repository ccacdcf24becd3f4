/**
 * The Pagefind index, loaded only when a page first searches: pages that
 * never search never download it. Shared by the search page and the register
 * filters so both use one copy and one set of options.
 */
import type { PageEditions } from '../i18n/client.browser.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

let mergedPromise: Promise<Pagefind> | undefined;

/** The reader's edition's index only: every page exists in every edition, so this finds most things at half the bytes. */
export function loadPagefind(_editions: PageEditions): Promise<Pagefind> {
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

/**
 * Pagefind keeps one index per language and a page searches only its own.
 * Merging the other editions' indexes lets a reader in any edition find a
 * page by words that appear only in another (a Chinese phrase from the
 * English edition, say). Loaded only when the reader's own index finds
 * little; results are mapped back to the reader's language by the caller.
 */
export function withOtherEditions(editions: PageEditions): Promise<Pagefind> {
  mergedPromise ??= (async () => {
    const pagefind = await loadPagefind(editions);
    // An absolute URL: Pagefind skips a relative one as "the same index".
    const bundle = new URL('/pagefind/', location.origin).href;
    for (const other of editions.editions.filter((e) => e.tag !== editions.reader.tag)) {
      await pagefind.mergeIndex(bundle, { language: other.tag.toLowerCase(), baseUrl: '/' });
    }
    return pagefind;
  })();
  return mergedPromise;
}
