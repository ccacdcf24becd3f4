import { cleanQuery, excerptParts, isStrongMatch, readQuery, resultCountText } from '../lib/search-query';
import { looksLikeLot, normaliseLot } from '../lib/lots';
import type { LotLookupEntry } from '../lib/lot-index';
import { FILTER_PARAMS, readFilters, searchParams, type Filters, type Sort } from '../lib/search-facets';
import { loadPagefind, type PagefindResultData } from './pagefind';

const MAX_RESULTS = 20;
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
  const similarBox = document.querySelector<HTMLElement>('#search-similar');
  if (!input || !form || !status || !list || !empty || !similarBox) return;
  fallback?.setAttribute('hidden', '');

  const selects = FILTER_PARAMS.map((name) => document.querySelector<HTMLSelectElement>(`#filter-${name}`));
  const sortSelect = document.querySelector<HTMLSelectElement>('#filter-sort');
  const details = document.querySelector<HTMLDetailsElement>('#search-filters');

  function currentFilters(): Filters {
    const filters: Filters = {};
    FILTER_PARAMS.forEach((name, i) => {
      const value = selects[i]?.value;
      if (value) filters[name] = value;
    });
    return filters;
  }
  const currentSort = (): Sort => (sortSelect?.value as Sort | undefined) ?? 'relevance';

  /** Put the URL's state into the form; a value the list does not offer is dropped. */
  function applyUrlState(): void {
    input!.value = readQuery(location.search);
    const { filters, sort } = readFilters(location.search);
    FILTER_PARAMS.forEach((name, i) => {
      const select = selects[i];
      if (!select) return;
      select.value = filters[name] ?? '';
      if (select.value !== (filters[name] ?? '')) select.value = '';
    });
    if (sortSelect) sortSelect.value = sort;
    if (details && (Object.keys(filters).length > 0 || sort !== 'relevance')) details.open = true;
  }

  const urlFor = () => `/search/${searchParams(cleanQuery(input!.value), currentFilters(), currentSort())}`;

  let latest = 0;
  async function run(rawQuery: string): Promise<void> {
    const query = cleanQuery(rawQuery);
    const filters = currentFilters();
    const sort = currentSort();
    const ticket = ++latest;
    list!.replaceChildren();
    similarBox!.replaceChildren();
    empty!.hidden = true;
    const filtering = Object.keys(filters).length > 0;
    if (!query && !filtering) {
      status!.textContent = '';
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const [pagefind, lotMatch] = await Promise.all([loadPagefind(), filtering ? undefined : exactLotMatch(query)]);
      const response = await pagefind.search(query || null, {
        filters: filters as Record<string, string>,
        ...(sort === 'relevance' ? {} : { sort: { date: sort === 'newest' ? 'desc' : 'asc' } }),
      });
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
      // Prefix-only hits are not answers: show them apart, under a plain "not found".
      const strong = query ? results.filter((r) => isStrongMatch(query, r.content)) : results;
      const weak = results.filter((r) => !strong.includes(r));
      items.push(...strong.map(renderResult));
      const label = [query, ...Object.values(filters)].filter(Boolean).join(', ');
      if (items.length === 0) {
        list!.replaceChildren();
        status!.textContent = resultCountText(0, label);
        empty!.hidden = false;
        if (weak.length > 0) {
          const heading = document.createElement('h2');
          heading.className = 'text-lg font-bold mt-4 mb-2';
          heading.textContent = 'Pages with similar words (not an exact match)';
          const similar = document.createElement('ol');
          similar.className = 'list-none p-0 m-0 grid gap-4';
          similar.append(...weak.slice(0, 5).map(renderResult));
          similarBox!.replaceChildren(heading, similar);
        }
        return;
      }
      list!.replaceChildren(...items);
      status!.textContent = resultCountText(weak.length && count <= MAX_RESULTS ? items.length : count, label);
      empty!.hidden = true;
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
      history.replaceState(null, '', urlFor());
      void run(input.value);
    }, 250);
  });
  for (const select of [...selects, sortSelect]) {
    select?.addEventListener('change', () => {
      history.replaceState(null, '', urlFor());
      void run(input.value);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    history.pushState(null, '', urlFor());
    void run(input.value);
  });
  window.addEventListener('popstate', () => {
    applyUrlState();
    void run(input.value);
  });

  applyUrlState();
  void run(input.value);
}
