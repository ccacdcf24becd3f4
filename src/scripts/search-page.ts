/**
 * The search page, enhanced. A query first goes to the exact-answer index
 * (one small file): a lot, a name, a brand or a case it names is shown at
 * once, saying what matched. Only then is Pagefind loaded, for every page
 * that mentions the query; its results are drawn a few at a time as their
 * fragments arrive. Filters and sort are kept in the URL. Cards are clones of
 * the page's templates (SearchResultView); what they say is decided by
 * src/lib/search/answers.browser.ts and results.browser.ts.
 */
import { cleanQuery, excerptParts, isStrongMatch, readQuery } from '../lib/search/query.browser.ts';
import { preferReaderLanguage, type LanguageResult } from '../lib/search/editions.browser.ts';
import { MAX_RESULTS, summariseResults } from '../lib/search/results.browser.ts';
import { fill, readEditions, readStrings } from '../i18n/client.browser.ts';
import { localisePathIn, neutralPathIn } from '../i18n/addresses.browser.ts';
import { normaliseLot } from '../lib/search/lots.browser.ts';
import { createExactClient, type ExactAnswer, type ExactIndexManifest } from '../lib/search/exact.browser.ts';
import { answerCards, answerSummary, type AnswerCard, type SearchVocabulary } from '../lib/search/answers.browser.ts';
import { FILTER_PARAMS, readFilters, searchParams, type Filters, type Sort } from '../lib/search/facets.browser.ts';
import { loadPagefind, withOtherEditions, type PagefindResultData } from './pagefind.ts';

type Titles = Record<string, { title: string; kind: string }>;

const form = document.querySelector<HTMLFormElement>('#search-form');
const text = readStrings(form);
const editions = readEditions(form);
const localise = (path: string) => localisePathIn(path, editions.reader, editions.editions);

const fetchJson = <T>(path: string, empty: T): Promise<T> =>
  fetch(localise(path))
    .then((r) => (r.ok ? (r.json() as Promise<T>) : empty))
    .catch(() => empty);

function readJson<T>(value: string | undefined, empty: T): T {
  try {
    return value ? (JSON.parse(value) as T) : empty;
  } catch {
    return empty;
  }
}
const manifest = readJson<ExactIndexManifest | undefined>(form?.dataset['exact'], undefined);
const vocabulary = readJson<SearchVocabulary>(form?.dataset['vocabulary'], { statuses: {}, countries: {} });
/** Index files are not per edition: fetched as they are named. A file that cannot be fetched is a miss, never an error. */
const exact = manifest
  ? createExactClient(manifest, <T>(path: string) =>
      fetch(path)
        .then((r) => (r.ok ? (r.json() as Promise<T>) : undefined))
        .catch(() => undefined),
    )
  : undefined;

let titles: Promise<Titles> | undefined;
/** Titles in the reader's language, fetched only when a result was matched in another edition. */
const loadTitles = () => (titles ??= fetchJson<Titles>(form?.dataset['titles'] ?? '/titles.json', {}));

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

/** Whether the query's letters are of another script than the reader's edition (Han in the English edition, Latin in the Chinese). */
function writtenForAnotherEdition(query: string, readerTag: string): boolean {
  const letters = query.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  const readerIsLatin = !/^(zh|ja|ko|ar|he|fa|ru|uk|th|el)\b/i.test(readerTag);
  return readerIsLatin ? latin < letters.length : latin === letters.length;
}

/** An exact answer: a lot with every record naming it, or a brand, a record or a case, each saying what matched. */
function renderAnswer(card: AnswerCard): HTMLLIElement {
  const item = clone(card.kind === 'lot' ? 'search-lot-template' : 'search-exact-template');
  slot(item, 'kind').textContent = card.kindLine;
  const link = slot<HTMLAnchorElement>(item, 'link');
  link.href = card.href;
  link.textContent = card.title;
  slot(item, 'matched').textContent = card.matched;
  const note = slot(item, 'note');
  note.textContent = card.note ?? '';
  note.hidden = !card.note;
  if (card.kind === 'lot') {
    item.dataset['exactLot'] = card.title;
    const list = slot(item, 'records');
    const pattern = slot(item, 'record');
    list.replaceChildren(
      ...(card.records ?? []).map((record) => {
        const row = pattern.cloneNode(true) as HTMLElement;
        const a = slot<HTMLAnchorElement>(row, 'record-link');
        a.href = record.href;
        a.textContent = record.title;
        slot(row, 'record-status').textContent = record.status;
        return row;
      }),
    );
  } else {
    item.dataset['exactAnswer'] = card.kind;
    const meta = slot(item, 'meta');
    meta.textContent = card.meta ?? '';
    meta.hidden = !card.meta;
  }
  return item;
}

/** Lots one character away from a lot that is not in the register: shown apart, with the warning, never as the answer. */
function renderSimilarLots(query: string, lots: ExactAnswer['similarLots']): HTMLElement[] {
  const heading = document.createElement('h2');
  heading.className = 'text-lg font-bold mt-2 mb-1';
  heading.textContent = text.similarLotHeading;
  const note = document.createElement('p');
  note.className = 'm-0 mb-2 border-l-4 border-[var(--warn)] pl-3';
  note.textContent = fill(text.similarLotNote, { lot: normaliseLot(query) });
  const list = document.createElement('ul');
  list.className = 'list-disc pl-6 m-0 mb-4';
  list.dataset['similarLots'] = '';
  list.append(
    ...lots.map((lot) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = localise(lot.path);
      a.className = 'lot';
      a.textContent = lot.lot;
      li.append(a);
      return li;
    }),
  );
  return [heading, note, list];
}

/** "Did you mean …?": a link that searches the corrected words instead. */
function renderDidYouMean(words: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'm-0 mb-4';
  p.dataset['didYouMean'] = '';
  const a = document.createElement('a');
  const target = new URL(location.href);
  target.searchParams.set('q', words);
  a.href = target.pathname + target.search;
  a.textContent = fill(text.didYouMean, { name: words });
  p.append(a);
  return p;
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

/** Resolves once the browser has painted what was just drawn (or after 100 ms in a hidden tab, which never paints). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        window.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });

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

  const nearBox = document.querySelector<HTMLElement>('#search-near');
  /** Results drawn at a time: the first few as soon as their fragments arrive, then the rest. */
  const BATCH = 5;

  let latest = 0;
  async function run(rawQuery: string): Promise<void> {
    const query = cleanQuery(rawQuery);
    const filters = currentFilters();
    const sort = currentSort();
    const ticket = ++latest;
    const stale = () => ticket !== latest;
    list!.replaceChildren();
    nearBox?.replaceChildren();
    similarBox!.replaceChildren();
    empty!.hidden = true;
    const filtering = Object.keys(filters).length > 0;
    if (!query && !filtering) {
      status!.textContent = '';
      return;
    }
    status!.textContent = text.searching;
    try {
      // The exact answer first, from one small file, before Pagefind is even asked for.
      // No exact key: full text can start loading while near misses (typos, similar lots) are looked for.
      const answer =
        query && !filtering && exact ? await exact.lookup(query, () => void loadPagefind(editions).catch(() => undefined)) : undefined;
      if (stale()) return;
      const context = { text, vocabulary, tag: editions.reader.tag, edition: editions.reader.lang ?? '', localise, query };
      const cards = answer ? answerCards(answer, context) : [];
      // Exact answers head the list; full-text results follow them as they arrive.
      const exactItems = cards.map(renderAnswer);
      if (cards.length) {
        const { explanation, status: said } = answerSummary(answer!, context);
        list!.replaceChildren(...exactItems);
        if (said) status!.textContent = said;
        if (explanation) {
          const p = document.createElement('p');
          p.className = 'm-0 mb-3';
          p.dataset['explanation'] = '';
          p.textContent = explanation;
          nearBox?.replaceChildren(p);
        }
      }
      if (answer?.similarLots.length) nearBox?.replaceChildren(...renderSimilarLots(query, answer.similarLots));
      else if (answer?.match === 'none' && answer.matched) nearBox?.replaceChildren(renderDidYouMean(answer.matched));
      // Let the answer reach the screen before Pagefind's runtime and index compete with it for the network and the main thread.
      if (cards.length) await afterPaint();
      if (stale()) return;

      const options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> } = {
        filters: filters as Record<string, string>,
        ...(sort === 'relevance' ? {} : { sort: { date: sort === 'newest' ? 'desc' : 'asc' } }),
      };
      let response = await (await loadPagefind(editions)).search(query || null, options);
      if (stale()) return;
      // The reader's edition first; the other editions too when the query is written in another edition's
      // script (a Chinese phrase from the English edition) or the reader's finds few pages that contain it.
      if (query && editions.editions.length > 1) {
        const strong = await Promise.all((response?.results ?? []).slice(0, BATCH).map((r) => r.data()));
        if (stale()) return;
        if (writtenForAnotherEdition(query, editions.reader.tag) || strong.filter((r) => isStrongMatch(query, r.content)).length < 3) {
          response = await (await withOtherEditions(editions)).search(query, options);
          if (stale()) return;
        }
      }
      const pinned = new Set(cards.flatMap((c) => [c.href, ...(c.records ?? []).map((r) => r.href)]));
      const results = response?.results ?? [];
      // Twice the page size: a page and its twins may each match, and become one result.
      const wanted = results.slice(0, MAX_RESULTS * 2);
      const raw: PagefindResultData[] = [];
      let summary: ReturnType<typeof summariseResults<LanguageResult<PagefindResultData> & { content: string }>> | undefined;
      const summarise = () => {
        const merged = preferReaderLanguage(raw, editions.reader, editions.editions);
        return summariseResults(
          {
            query,
            results: merged.map((r) => ({ ...r, content: r.data.content })),
            reported: results.length,
            loaded: raw.length,
            pinned: cards.length ? { urls: [...pinned] } : undefined,
            label: [query, ...selectedFilterLabels()].filter(Boolean).join(text.punct.list),
          },
          text,
        );
      };
      // Draw the strong results batch by batch; what is similar only is decided once all are in.
      for (let start = 0; start < wanted.length; start += BATCH) {
        raw.push(...(await Promise.all(wanted.slice(start, start + BATCH).map((r) => r.data()))));
        if (stale()) return;
        summary = summarise();
        const needTitles = summary.answers.some((r) => r.matchedIn);
        const own = needTitles ? await loadTitles() : {};
        if (stale()) return;
        if (summary.answers.length) list!.replaceChildren(...exactItems, ...summary.answers.map((r) => renderResult(r, own)));
      }
      summary ??= summarise();
      if (stale()) return;
      status!.textContent = summary.status;
      if (summary.notFound) {
        empty!.hidden = false;
        if (summary.similar.length > 0) {
          const own = summary.similar.some((r) => r.matchedIn) ? await loadTitles() : {};
          if (stale()) return;
          const heading = document.createElement('h2');
          heading.className = 'text-lg font-bold mt-4 mb-2';
          heading.textContent = text.similar;
          const similar = document.createElement('ol');
          similar.className = 'list-none p-0 m-0 grid gap-4';
          similar.append(...summary.similar.map((r) => renderResult(r, own)));
          similarBox!.replaceChildren(heading, similar);
        }
      }
    } catch (error) {
      if (stale()) return;
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
