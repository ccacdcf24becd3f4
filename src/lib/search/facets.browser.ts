/**
 * The filters and sort keys each page gives Pagefind, in one place so that the
 * pages that emit them and the search page that offers them always agree.
 */
import type { CountryCode, ProductType, StatusWord } from '../content/vocabulary.ts';

/**
 * Filter values are codes, never labels, so that the English and Chinese
 * indexes share them: one search can filter pages of both languages, and a
 * filtered search keeps its meaning when the reader switches language.
 */
/** Kinds of page in the full-text index. Lot pages are not in it: the exact-answer index answers every lot. */
export const KINDS = ['product', 'brand', 'country', 'case', 'risk'] as const;
export type Kind = (typeof KINDS)[number];

/** URL parameter → Pagefind filter name. */
export const FILTER_PARAMS = ['kind', 'type', 'status', 'country', 'year'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
export type Filters = Partial<Record<FilterParam, string>>;

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface Facets {
  kind: Kind;
  types?: ProductType[];
  status?: StatusWord;
  countries?: CountryCode[];
  /** A partial ISO date: the alert date, or the end of a case. */
  date?: string | undefined;
}

/** The filter values a page carries: [name, value] pairs, one per value. */
export function facetPairs(facets: Facets): [FilterParam, string][] {
  const pairs: [FilterParam, string][] = [['kind', facets.kind]];
  for (const type of facets.types ?? []) pairs.push(['type', type]);
  if (facets.status) pairs.push(['status', facets.status]);
  for (const country of facets.countries ?? []) pairs.push(['country', country]);
  if (facets.date) pairs.push(['year', facets.date.slice(0, 4)]);
  return pairs;
}

/** Read filters and sort from a URL's query string, ignoring anything unknown. */
export function readFilters(search: string): { filters: Filters; sort: Sort } {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const name of FILTER_PARAMS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value.slice(0, 80);
  }
  const sortParam = params.get('sort');
  const sort: Sort = SORTS.includes(sortParam as Sort) ? (sortParam as Sort) : 'relevance';
  return { filters, sort };
}

/** Query string for a search, keeping only what is set (q first, for readable links). */
export function searchParams(query: string, filters: Filters, sort: Sort): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const name of FILTER_PARAMS) if (filters[name]) params.set(name, filters[name]!);
  if (sort !== 'relevance') params.set('sort', sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
