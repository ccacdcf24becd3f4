/**
 * The series of the year charts: their names in the reader's language and
 * their colours (CSS variables from global.css, each 3:1 against the page in
 * light and dark mode).
 */
import { FAMILY_ORDER, type CountryCode, type StatusFamily } from '../../lib/content/vocabulary.ts';
import type { Dictionary } from '../../i18n/ui.ts';
import type { Vocabulary } from '../../i18n/vocabulary.ts';

export interface Series {
  label: string;
  fill: string;
}

const FAMILY_FILLS: Record<StatusFamily, string> = {
  fake: 'var(--urgent)',
  suspected: 'var(--warn)',
  unapproved: 'var(--brand)',
  irregular: 'var(--series-5)',
};
const COUNTRY_FILLS = ['var(--series-1)', 'var(--series-2)', 'var(--series-3)', 'var(--series-4)'];

/** One series per status family, in FAMILY_ORDER (as aggregates.yearsByFamily counts them). */
export const familySeries = (v: Vocabulary): Series[] =>
  FAMILY_ORDER.map((family) => ({ label: v.statusFamilies[family], fill: FAMILY_FILLS[family] }));

/** One series per country (at most four, as aggregates.yearsByCountry counts them), then "other countries". */
export function countrySeries(countries: CountryCode[], other: boolean, v: Vocabulary, t: Dictionary): Series[] {
  if (countries.length > COUNTRY_FILLS.length)
    throw new Error(`a chart can tell ${COUNTRY_FILLS.length} countries apart, not ${countries.length}`);
  return [
    ...countries.map((code, i) => ({ label: v.countries[code], fill: COUNTRY_FILLS[i]! })),
    ...(other ? [{ label: t.chart.other, fill: 'var(--series-5)' }] : []),
  ];
}
