import { cleanQuery, excerptParts, readQuery, resultCountText, searchUrl } from '../lib/search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;
let pagefindPromise: Promise<Pagefind> | undefined;

/** Loaded only when a search runs: pages that never search never download the index. */
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.origin).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 28 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

/** Entities in Pagefind's excerpt become characters; markup never becomes markup. */
function decodeEntities(text: string): string {
  return new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? '';
}

function renderExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of excerptParts(excerpt)) {
    const text = document.createTextNode(decodeEntities(part.text));
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.append(text);
      fragment.append(mark);
    } else {
      fragment.append(text);
    }
  }
  return fragment;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card p-4';
  const kind = document.createElement('p');
  kind.className = 'text-sm font-bold uppercase tracking-wide m-0 text-[var(--brand)]';
  kind.textContent = [data.meta['kind'], data.meta['status']].filter(Boolean).join(' · ');
  const heading = document.createElement('h2');
  heading.className = 'text-lg font-bold m-0 mt-1 leading-snug';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'm-0 mt-1';
  excerpt.append(renderExcerpt(data.excerpt));
  item.append(kind, heading, excerpt);
  return item;
}

export function runSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const empty = document.querySelector<HTMLElement>('#search-empty');
  const fallback = document.querySelector<HTMLElement>('#search-fallback');
  if (!input || !form || !status || !list || !empty) return;
  fallback?.setAttribute('hidden', '');

  let latest = 0;
  async function run(rawQuery: string): Promise<void> {
    const query = cleanQuery(rawQuery);
    const ticket = ++latest;
    list!.replaceChildren();
    empty!.hidden = true;
    if (!query) {
      status!.textContent = '';
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind();
      const response = await pagefind.search(query);
      const results = response ? await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data())) : [];
      if (ticket !== latest) return;
      list!.replaceChildren(...results.map(renderResult));
      status!.textContent = resultCountText(response?.results.length ?? 0, query);
      empty!.hidden = results.length > 0;
    } catch (error) {
      if (ticket !== latest) return;
      console.error(error);
      status!.textContent = 'Search could not run here. You can still browse the register.';
      empty!.hidden = false;
    }
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      history.replaceState(null, '', searchUrl(input.value));
      void run(input.value);
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    history.pushState(null, '', searchUrl(input.value));
    void run(input.value);
  });
  window.addEventListener('popstate', () => {
    input.value = readQuery(location.search);
    void run(input.value);
  });

  input.value = readQuery(location.search);
  void run(input.value);
}
