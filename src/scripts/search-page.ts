import { cleanQuery, excerptParts, isStrongMatch, readQuery, resultCountText } from '../lib/search/query.browser';
import { preferReaderLanguage, type LanguageResult } from '../lib/search/editions.browser';
import { LANG_TAG, langFromPath, localisePath, neutralPath } from '../i18n/languages';
import { fill, readStrings } from '../i18n/client.browser';
import { looksLikeLot, normaliseLot } from '../lib/search/lots.browser';
import type { LotLookupEntry } from '../lib/search/lot-index';
import { FILTER_PARAMS, readFilters, searchParams, type Filters, type Sort } from '../lib/search/facets.browser';
import { loadPagefind, type PagefindResultData } from './pagefind';

const MAX_RESULTS = 20;
const lang = langFromPath(location.pathname);
const text = readStrings(document.querySelector<HTMLElement>('#search-form'));
let lotTablePromise: Promise<Record<string, LotLookupEntry>> | undefined;

/** Fetched only for lot-shaped queries: Pagefind prefix-matches codes, so exact lots are pinned first. */
function loadLotTable(): Promise<Record<string, LotLookupEntry>> {
  lotTablePromise ??= fetch(localisePath('/lots.json', lang))
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, LotLookupEntry>>) : {}))
    .catch(() => ({}));
  return lotTablePromise;
}

const resultsText = (count: number, query: string) => resultCountText(text, count, query);

let titlesPromise: Promise<Record<string, { title: string; kind: string }>> | undefined;
/** Titles in the reader's language, fetched only when a result was matched in the other edition. */
function loadTitles(): Promise<Record<string, { title: string; kind: string }>> {
  titlesPromise ??= fetch(localisePath('/titles.json', lang))
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, { title: string; kind: string }>>) : {}))
    .catch(() => ({}));
  return titlesPromise;
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
  kind.textContent = text.exactLot;
  const heading = document.createElement('h2');
  heading.className = 'text-lg font-bold m-0 mt-1 leading-snug';
  const link = document.createElement('a');
  link.href = entry.url;
  link.textContent = fill(text.lotTitle, { lot });
  heading.append(link);
  const note = document.createElement('p');
  note.className = 'm-0 mt-1';
  note.textContent = entry.records.length === 1 ? text.lotNamedOne : fill(text.lotNamedMany, { n: entry.records.length });
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
  item.append(kind, heading, note, records);
  return item;
}

type Titles = Record<string, { title: string; kind: string }>;

function renderResult({ data, url, matchedInOtherLanguage }: LanguageResult<PagefindResultData>, titles: Titles): HTMLLIElement {
  const own = matchedInOtherLanguage ? titles[neutralPath(url)] : undefined;
  const item = document.createElement('li');
  item.className = 'card p-4';
  const kind = document.createElement('p');
  kind.className = 'text-sm font-bold uppercase tracking-wide m-0 text-[var(--brand)]';
  kind.textContent = own?.kind ?? [data.meta['kind'], data.meta['status']].filter(Boolean).join(' · ');
  const heading = document.createElement('h2');
  heading.className = 'text-lg font-bold m-0 mt-1 leading-snug';
  const link = document.createElement('a');
  link.href = url;
  link.textContent = own?.title ?? data.meta['title'] ?? url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'm-0 mt-1';
  excerpt.append(renderExcerpt(data.excerpt));
  item.append(kind, heading, excerpt);
  if (matchedInOtherLanguage) {
    // The title and excerpt come from the other edition: mark their language, and say so.
    const otherLang = LANG_TAG[langFromPath(data.url)];
    if (!own) link.lang = otherLang;
    excerpt.lang = otherLang;
    const where = document.createElement('p');
    where.className = 'm-0 mt-1 text-[0.95rem] muted';
    where.textContent = text.otherLanguage;
    item.append(where);
  }
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
  /** The filters as the reader sees them in the menus (labels, not codes). */
  const selectedFilterLabels = (): string[] =>
    selects.filter((select): select is HTMLSelectElement => Boolean(select?.value)).map((select) => select.selectedOptions[0]?.textContent ?? select.value);
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

  /** The language switch links this search in the other language, query and filters included. */
  function updateLanguageSwitch(): void {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
      const target = new URL(link.href);
      target.search = location.search;
      link.href = target.pathname + target.search;
    }
  }
  const urlFor = () => `${localisePath('/search/', lang)}${searchParams(cleanQuery(input!.value), currentFilters(), currentSort())}`;

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
    status!.textContent = text.searching;
    try {
      const [pagefind, lotMatch] = await Promise.all([loadPagefind(), filtering ? undefined : exactLotMatch(query)]);
      const response = await pagefind.search(query || null, {
        filters: filters as Record<string, string>,
        ...(sort === 'relevance' ? {} : { sort: { date: sort === 'newest' ? 'desc' : 'asc' } }),
      });
      // Twice the page size: a page and its twin may both match, and become one result.
      const raw = response ? await Promise.all(response.results.slice(0, MAX_RESULTS * 2).map((r) => r.data())) : [];
      if (ticket !== latest) return;
      const merged = preferReaderLanguage(raw, lang);
      let results = merged.slice(0, MAX_RESULTS);
      const titles: Titles = results.some((r) => r.matchedInOtherLanguage) ? await loadTitles() : {};
      if (ticket !== latest) return;
      const items: HTMLLIElement[] = [];
      // Past the results we loaded, a page and its twin may both have matched: say "more than".
      const partial = (response?.results.length ?? 0) > raw.length;
      let count = merged.length;
      if (lotMatch) {
        // The pinned card already links the lot page and its records.
        const pinned = new Set([lotMatch.entry.url, ...lotMatch.entry.records.map((r) => r.url)]);
        const before = results.length;
        results = results.filter((r) => !pinned.has(r.url));
        count = count - (before - results.length) + 1;
        items.push(renderLotMatch(lotMatch.lot, lotMatch.entry));
      }
      // Prefix-only hits are not answers: show them apart, under a plain "not found".
      const strong = query ? results.filter((r) => isStrongMatch(query, r.data.content)) : results;
      const weak = results.filter((r) => !strong.includes(r));
      items.push(...strong.map((r) => renderResult(r, titles)));
      const label = [query, ...selectedFilterLabels()].filter(Boolean).join(text.separator);
      if (items.length === 0) {
        list!.replaceChildren();
        status!.textContent = resultsText(0, label);
        empty!.hidden = false;
        if (weak.length > 0) {
          const heading = document.createElement('h2');
          heading.className = 'text-lg font-bold mt-4 mb-2';
          heading.textContent = text.similar;
          const similar = document.createElement('ol');
          similar.className = 'list-none p-0 m-0 grid gap-4';
          similar.append(...weak.slice(0, 5).map((r) => renderResult(r, titles)));
          similarBox!.replaceChildren(heading, similar);
        }
        return;
      }
      list!.replaceChildren(...items);
      status!.textContent =
        partial && !weak.length
          ? fill(text.resultsMore, { n: count, query: label, shown: Math.min(count, MAX_RESULTS) })
          : resultsText(weak.length && count <= MAX_RESULTS ? items.length : count, label);
      empty!.hidden = true;
    } catch (error) {
      if (ticket !== latest) return;
      console.error(error);
      status!.textContent = text.searchFailed;
      empty!.hidden = false;
    }
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      history.replaceState(null, '', urlFor());
      updateLanguageSwitch();
      void run(input.value);
    }, 250);
  });
  for (const select of [...selects, sortSelect]) {
    select?.addEventListener('change', () => {
      history.replaceState(null, '', urlFor());
      updateLanguageSwitch();
      void run(input.value);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    history.pushState(null, '', urlFor());
    updateLanguageSwitch();
    void run(input.value);
  });
  window.addEventListener('popstate', () => {
    applyUrlState();
    void run(input.value);
  });

  applyUrlState();
  updateLanguageSwitch();
  void run(input.value);
}
