/**
 * What the search page and the register filters say about their results:
 * which results to show as answers, which only as "similar", and the status
 * line. Pure functions of the results and the page's words, unit-tested.
 */
import { fill } from '../../i18n/client.browser.ts';
import { isStrongMatch } from './query.browser.ts';

/** At most this many results are shown at once. */
export const MAX_RESULTS = 20;

export interface SummaryWords {
  resultsNone: string;
  resultsOne: string;
  resultsMany: string;
  resultsMore: string;
  filteredOne: string;
  filteredMany: string;
}

/** "No results", "1 result" or "N results" for a query, with the page's words for each. */
export function resultCountText(
  words: Pick<SummaryWords, 'resultsNone' | 'resultsOne' | 'resultsMany'>,
  count: number,
  query: string,
): string {
  const template = count === 0 ? words.resultsNone : count === 1 ? words.resultsOne : words.resultsMany;
  return fill(template, { n: count, query });
}

/** The register filters' count line. */
export function filterCountText(words: Pick<SummaryWords, 'filteredOne' | 'filteredMany'>, count: number): string {
  return count === 1 ? words.filteredOne : fill(words.filteredMany, { n: count });
}

export interface ResultsInput<R extends { url: string; content: string }> {
  query: string;
  /** Results in rank order, one per page (editions already merged). */
  results: R[];
  /** How many results the index reported in all (may exceed those loaded). */
  reported: number;
  /** How many of the index's results were loaded. */
  loaded: number;
  /** A pinned exact answer (a lot) shown first, with the pages it already links. */
  pinned?: { urls: string[] } | undefined;
  /** The query and filter labels as the reader sees them, for the status line. */
  label: string;
}

export interface ResultsSummary<R> {
  /** Results shown as answers, after the pinned one. */
  answers: R[];
  /** Results that only share a word prefix: shown apart, under "not found". */
  similar: R[];
  /** Whether to say "not found in the register". */
  notFound: boolean;
  status: string;
}

/**
 * Decides what the reader sees. Pagefind prefix-matches unknown words, so a
 * result whose text does not contain every word of the query is not an
 * answer; it is offered as "similar" only when there is no answer at all.
 */
export function summariseResults<R extends { url: string; content: string }>(
  input: ResultsInput<R>,
  words: SummaryWords,
): ResultsSummary<R> {
  const { query, pinned, label } = input;
  const pinnedUrls = new Set(pinned?.urls ?? []);
  const unpinned = input.results.filter((r) => !pinnedUrls.has(r.url));
  const shown = unpinned.slice(0, MAX_RESULTS);
  const answers = query ? shown.filter((r) => isStrongMatch(query, r.content)) : shown;
  const similar = shown.filter((r) => !answers.includes(r));
  const items = answers.length + (pinned ? 1 : 0);
  if (items === 0) {
    return { answers: [], similar: similar.slice(0, 5), notFound: true, status: resultCountText(words, 0, label) };
  }
  // A page and its twins may have matched separately past what was loaded: then say "more than".
  const partial = input.reported > input.loaded;
  const count = unpinned.length + (pinned ? 1 : 0);
  const status =
    partial && similar.length === 0
      ? fill(words.resultsMore, { n: count, query: label, shown: Math.min(count, MAX_RESULTS) })
      : resultCountText(words, similar.length > 0 && count <= MAX_RESULTS ? items : count, label);
  return { answers, similar: [], notFound: false, status };
}
