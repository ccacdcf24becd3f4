/**
 * The filters and sort keys each page gives Pagefind, in one place so that the
 * pages that emit them and the search page that offers them always agree.
 */
import { COUNTRIES, PRODUCT_TYPES, STATUS_WORDS, type CountryCode, type ProductType, type StatusWord } from './vocabulary';

export const KINDS = ['Product', 'Lot', 'Case', 'Risk explainer'] as const;
export type Kind = (typeof KINDS)[number];

/** URL parameter → Pagefind filter name. */
export const FILTER_PARAMS = ['kind', 'type', 'status', 'country', 'year'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
export type Filters = Partial<Record<FilterParam, string>>;

export const SORTS = { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' } as const;
export type Sort = keyof typeof SORTS;

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
  for (const type of facets.types ?? []) pairs.push(['type', PRODUCT_TYPES[type]]);
  if (facets.status) pairs.push(['status', STATUS_WORDS[facets.status].label]);
  for (const country of facets.countries ?? []) pairs.push(['country', COUNTRIES[country]]);
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
  const sort: Sort = sortParam && sortParam in SORTS ? (sortParam as Sort) : 'relevance';
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
