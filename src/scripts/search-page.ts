/**
 * The search page, enhanced: results from every edition's Pagefind index,
 * an exact lot pinned first, filters and sort kept in the URL. Result cards
 * are clones of the page's templates (SearchResultView); what to show and
 * what to say is decided by src/lib/search/results.browser.ts.
 */
import { cleanQuery, excerptParts, readQuery } from '../lib/search/query.browser.ts';
import { preferReaderLanguage, type LanguageResult } from '../lib/search/editions.browser.ts';
import { MAX_RESULTS, summariseResults } from '../lib/search/results.browser.ts';
import { fill, readEditions, readStrings } from '../i18n/client.browser.ts';
import { localisePathIn, neutralPathIn } from '../i18n/addresses.browser.ts';
import { looksLikeLot, normaliseLot } from '../lib/search/lots.browser.ts';
import type { LotLookupEntry } from '../lib/search/lot-index.ts';
import { FILTER_PARAMS, readFilters, searchParams, type Filters, type Sort } from '../lib/search/facets.browser.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';

type Titles = Record<string, { title: string; kind: string }>;

const form = document.querySelector<HTMLFormElement>('#search-form');
const text = readStrings(form);
const editions = readEditions(form);
const localise = (path: string) => localisePathIn(path, editions.reader, editions.editions);

const fetchJson = <T>(path: string, empty: T): Promise<T> =>
  fetch(localise(path))
    .then((r) => (r.ok ? (r.json() as Promise<T>) : empty))
    .catch(() => empty);

let lotTable: Promise<Record<string, LotLookupEntry>> | undefined;
/** Fetched only for lot-shaped queries: Pagefind prefix-matches codes, so exact lots are pinned first. */
const loadLotTable = () => (lotTable ??= fetchJson<Record<string, LotLookupEntry>>(form?.dataset['lotLookup'] ?? '/lots.json', {}));

let titles: Promise<Titles> | undefined;
/** Titles in the reader's language, fetched only when a result was matched in another edition. */
const loadTitles = () => (titles ??= fetchJson<Titles>(form?.dataset['titles'] ?? '/titles.json', {}));

async function exactLotMatch(query: string): Promise<{ lot: string; entry: LotLookupEntry } | undefined> {
  if (!looksLikeLot(query)) return undefined;
  const lot = normaliseLot(query);
  const entry = (await loadLotTable())[lot];
  return entry ? { lot, entry } : undefined;
}

/** Entities in Pagefind's excerpt become characters; markup never becomes markup. */
function decodeEntities(value: string): string {
  return new DOMParser().parseFromString(`<!doctype html><body>${value}`, 'text/html').body.textContent ?? '';
}

function renderExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of excerptParts(excerpt)) {
    const node = document.createTextNode(decodeEntities(part.text));
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.append(node);
      fragment.append(mark);
    } else {
      fragment.append(node);
    }
  }
  return fragment;
}

function clone(id: string): HTMLLIElement {
  const template = document.querySelector<HTMLTemplateElement>(`#${id}`)!;
  return (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
}
const slot = <E extends HTMLElement = HTMLElement>(root: HTMLElement, name: string) => root.querySelector<E>(`[data-slot="${name}"]`)!;

/** The pinned first result for an exact lot match: the lot page and every record naming it. */
function renderLotMatch(lot: string, entry: LotLookupEntry): HTMLLIElement {
  const item = clone('search-lot-template');
  item.dataset['exactLot'] = lot;
  slot(item, 'kind').textContent = text.exactLot;
  const link = slot<HTMLAnchorElement>(item, 'link');
  link.href = entry.url;
  link.textContent = fill(text.lotTitle, { lot });
  slot(item, 'note').textContent = entry.records.length === 1 ? text.lotNamedOne : fill(text.lotNamedMany, { n: entry.records.length });
  const list = slot(item, 'records');
  const pattern = slot(item, 'record');
  list.replaceChildren(
    ...entry.records.map((record) => {
      const row = pattern.cloneNode(true) as HTMLElement;
      const a = slot<HTMLAnchorElement>(row, 'record-link');
      a.href = record.url;
      a.textContent = record.title;
      slot(row, 'record-status').textContent = record.status;
      return row;
    }),
  );
  return item;
}

function renderResult({ data, url, matchedIn }: LanguageResult<PagefindResultData>, own: Titles): HTMLLIElement {
  const item = clone('search-result-template');
  const mine = matchedIn ? own[neutralPathIn(url, editions.editions)] : undefined;
  slot(item, 'kind').textContent = mine?.kind ?? [data.meta['kind'], data.meta['status']].filter(Boolean).join(' · ');
  const link = slot<HTMLAnchorElement>(item, 'link');
  link.href = url;
  link.textContent = mine?.title ?? data.meta['title'] ?? url;
  const excerpt = slot(item, 'excerpt');
  excerpt.append(renderExcerpt(data.excerpt));
  if (matchedIn) {
    // The title and excerpt come from another edition: mark their language, and say so.
    if (!mine) link.lang = matchedIn;
    excerpt.lang = matchedIn;
    const where = slot(item, 'where');
    const label = editions.editions.find((e) => e.tag === matchedIn)?.label ?? matchedIn;
    where.textContent = fill(text.otherLanguage, { language: label });
    where.hidden = false;
  }
  return item;
}

export function runSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const empty = document.querySelector<HTMLElement>('#search-empty');
  const fallback = document.querySelector<HTMLElement>('#search-fallback');
  const similarBox = document.querySelector<HTMLElement>('#search-similar');
  if (!form || !input || !status || !list || !empty || !similarBox) return;
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
    selects
      .filter((select): select is HTMLSelectElement => Boolean(select?.value))
      .map((select) => select.selectedOptions[0]?.textContent ?? select.value);
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

  /** The language switch links this search in the other languages, query and filters included. */
  function updateLanguageSwitch(): void {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
      const target = new URL(link.href);
      target.search = location.search;
      link.href = target.pathname + target.search;
    }
  }
  const urlFor = () => `${form!.getAttribute('action') ?? ''}${searchParams(cleanQuery(input!.value), currentFilters(), currentSort())}`;

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
      const [pagefind, lotMatch] = await Promise.all([loadPagefind(editions), filtering ? undefined : exactLotMatch(query)]);
      const response = await pagefind.search(query || null, {
        filters: filters as Record<string, string>,
        ...(sort === 'relevance' ? {} : { sort: { date: sort === 'newest' ? 'desc' : 'asc' } }),
      });
      // Twice the page size: a page and its twins may each match, and become one result.
      const raw = response ? await Promise.all(response.results.slice(0, MAX_RESULTS * 2).map((r) => r.data())) : [];
      if (ticket !== latest) return;
      const merged = preferReaderLanguage(raw, editions.reader, editions.editions);
      const summary = summariseResults(
        {
          query,
          results: merged.map((r) => ({ ...r, content: r.data.content })),
          reported: response?.results.length ?? 0,
          loaded: raw.length,
          pinned: lotMatch ? { urls: [lotMatch.entry.url, ...lotMatch.entry.records.map((r) => r.url)] } : undefined,
          label: [query, ...selectedFilterLabels()].filter(Boolean).join(text.separator),
        },
        text,
      );
      const needTitles = [...summary.answers, ...summary.similar].some((r) => r.matchedIn);
      const own = needTitles ? await loadTitles() : {};
      if (ticket !== latest) return;
      status!.textContent = summary.status;
      if (summary.notFound) {
        empty!.hidden = false;
        if (summary.similar.length > 0) {
          const heading = document.createElement('h2');
          heading.className = 'text-lg font-bold mt-4 mb-2';
          heading.textContent = text.similar;
          const similar = document.createElement('ol');
          similar.className = 'list-none p-0 m-0 grid gap-4';
          similar.append(...summary.similar.map((r) => renderResult(r, own)));
          similarBox!.replaceChildren(heading, similar);
        }
        return;
      }
      list!.replaceChildren(
        ...(lotMatch ? [renderLotMatch(lotMatch.lot, lotMatch.entry)] : []),
        ...summary.answers.map((r) => renderResult(r, own)),
      );
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
