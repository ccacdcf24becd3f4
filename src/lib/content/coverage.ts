/**
 * What the register covers, country by country: whose alerts it holds (how
 * many, over which alert dates, when last added), which lists were searched
 * and gave nothing usable, and the known gaps. Plain inputs, so the coverage
 * page, the country pages and /data/coverage.json count the same way and the
 * unit tests can feed it hand-made entries.
 */
import type { CountryCode } from './vocabulary.ts';
import type { EntryData } from './schemas.ts';

export interface CoverageInput {
  products: readonly { id: string; data: Pick<EntryData<'products'>, 'authority' | 'alert' | 'published' | 'updated'> }[];
  authorities: ReadonlyMap<string, { id: string; data: Pick<EntryData<'authorities'>, 'country'> }>;
  countries: readonly { data: Pick<EntryData<'countries'>, 'country' | 'searches' | 'gaps'> }[];
}

export interface CoveredAuthority {
  authority: string;
  records: number;
  /** The earliest and latest alert dates among its records, as printed (partial dates). */
  firstAlert?: string | undefined;
  latestAlert?: string | undefined;
  /** When a record of its alerts was last published or updated here. */
  lastAdded: Date;
}

export interface SearchedList {
  authority?: string | undefined;
  body?: string | undefined;
  scope: string;
  found: 'nothing' | 'partly';
  note?: string | undefined;
}

export interface CountryCoverage {
  /** The country whose authorities' lists these are (INT for international bodies). */
  country: CountryCode;
  covered: CoveredAuthority[];
  searched: SearchedList[];
  gaps: string[];
}

/** Coverage by the country of each list: every country with covered authorities, searches or gaps, in code order. */
export function coverageByCountry(input: CoverageInput): CountryCoverage[] {
  const byAuthority = new Map<string, CoverageInput['products'][number][]>();
  for (const p of input.products) byAuthority.set(p.data.authority.id, [...(byAuthority.get(p.data.authority.id) ?? []), p]);
  const countries = new Map<CountryCode, CountryCoverage>();
  const entry = (country: CountryCode) => {
    if (!countries.has(country)) countries.set(country, { country, covered: [], searched: [], gaps: [] });
    return countries.get(country)!;
  };
  for (const [id, list] of byAuthority) {
    const authority = input.authorities.get(id);
    if (!authority) throw new Error(`coverage: unknown authority "${id}"`);
    const dates = list
      .map((p) => p.data.alert.date)
      .filter((d): d is string => Boolean(d))
      .sort();
    const added = list.map((p) => (p.data.updated ?? p.data.published).valueOf());
    entry(authority.data.country).covered.push({
      authority: id,
      records: list.length,
      firstAlert: dates[0],
      latestAlert: dates.at(-1),
      lastAdded: new Date(Math.max(...added)),
    });
  }
  for (const notes of input.countries) {
    const c = entry(notes.data.country);
    c.searched.push(...notes.data.searches.map((s) => ({ authority: s.authority?.id, body: s.body, scope: s.scope, found: s.found, note: s.note })));
    c.gaps.push(...notes.data.gaps);
  }
  for (const c of countries.values()) c.covered.sort((a, b) => b.records - a.records || a.authority.localeCompare(b.authority));
  return [...countries.values()].sort((a, b) => a.country.localeCompare(b.country));
}
