import { cleanQuery, excerptParts, readQuery, resultCountText, searchUrl } from '../lib/search-query';
import { looksLikeLot, normaliseLot } from '../lib/lots';
import type { LotLookupEntry } from '../lib/lot-index';

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
let lotTablePromise: Promise<Record<string, LotLookupEntry>> | undefined;

/** Fetched only for lot-shaped queries: Pagefind prefix-matches codes, so exact lots are pinned first. */
function loadLotTable(): Promise<Record<string, LotLookupEntry>> {
  lotTablePromise ??= fetch('/lots.json')
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, LotLookupEntry>>) : {}))
    .catch(() => ({}));
  return lotTablePromise;
}

async function exactLotMatch(query: string): Promise<{ lot: string; entry: LotLookupEntry } | undefined> {
  if (!looksLikeLot(query)) return undefined;
  const lot = normaliseLot(query);
  const entry = (await loadLotTable())[lot];
  return entry ? { lot, entry } : undefined;
}

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

/** The pinned first result for an exact lot match: the lot page and every record naming it. */
function renderLotMatch(lot: string, entry: LotLookupEntry): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card p-4 border-2 border-[var(--brand)]';
  item.dataset['exactLot'] = lot;
  const kind = document.createElement('p');
  kind.className = 'text-sm font-bold uppercase tracking-wide m-0 text-[var(--brand)]';
  kind.textContent = 'Lot · exact match';
  const heading = document.createElement('h2');
  heading.className = 'text-lg font-bold m-0 mt-1 leading-snug';
  const link = document.createElement('a');
  link.href = entry.url;
  link.textContent = `Lot ${lot}`;
  heading.append(link);
  const text = document.createElement('p');
  text.className = 'm-0 mt-1';
  text.textContent = `Named in ${entry.records.length} ${entry.records.length === 1 ? 'record' : 'records'} of the register. A listed lot is a strong warning sign, not proof: counterfeiters copy real lot numbers.`;
  const records = document.createElement('ul');
  records.className = 'list-disc pl-6 mt-2';
  for (const record of entry.records) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = record.url;
    a.textContent = record.title;
    li.append(a, document.createTextNode(` (${record.status})`));
    records.append(li);
  }
  item.append(kind, heading, text, records);
  return item;
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
      const [pagefind, lotMatch] = await Promise.all([loadPagefind(), exactLotMatch(query)]);
      const response = await pagefind.search(query);
      let results = response ? await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data())) : [];
      if (ticket !== latest) return;
      const items: HTMLLIElement[] = [];
      let count = response?.results.length ?? 0;
      if (lotMatch) {
        // The pinned card already links the lot page and its records.
        const pinned = new Set([lotMatch.entry.url, ...lotMatch.entry.records.map((r) => r.url)]);
        const before = results.length;
        results = results.filter((r) => !pinned.has(r.url));
        count = count - (before - results.length) + 1;
        items.push(renderLotMatch(lotMatch.lot, lotMatch.entry));
      }
      items.push(...results.map(renderResult));
      list!.replaceChildren(...items);
      status!.textContent = resultCountText(count, query);
      empty!.hidden = items.length > 0;
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
