/**
 * The register seen by brand, by country and by authority: plain functions
 * over a loaded site, so brand pages, country pages, the coverage ledger,
 * their feeds and the data files all count the same way.
 */
import { FAMILY_ORDER, STATUS_WORDS, type CountryCode, type StatusFamily } from './vocabulary.ts';
import { casesOfProduct, type Authority, type Brand, type Case, type Product, type Site } from './load.ts';
import { lotKey } from '../search/lots.browser.ts';
import { countByYear, type YearCount } from '../publish/charts.ts';

export const familyOf = (product: Product): StatusFamily => STATUS_WORDS[product.data.status].family;
const alertYear = (product: Product) => (product.data.alert.date ? Number(product.data.alert.date.slice(0, 4)) : undefined);
const newestFirst = (a: Product, b: Product) => (b.data.alert.date ?? '').localeCompare(a.data.alert.date ?? '') || a.data.title.localeCompare(b.data.title);

/** Alerts per year, split by status family (FAMILY_ORDER), for the charts. */
export const yearsByFamily = (products: Product[]): YearCount[] =>
  countByYear(products, alertYear, (p) => FAMILY_ORDER.indexOf(familyOf(p)), FAMILY_ORDER.length);

/**
 * Alerts per year, split by country: the `top` countries with the most
 * records each get a series, the rest share the last one ("other"), so a
 * chart never needs more colours than a reader can tell apart. A record
 * found in two countries counts once, under the first it names.
 */
export function yearsByCountry(products: Product[], top = 4): { countries: CountryCode[]; other: boolean; data: YearCount[] } {
  const tally = new Map<CountryCode, number>();
  for (const p of products) tally.set(p.data.countries[0]!, (tally.get(p.data.countries[0]!) ?? 0) + 1);
  const ranked = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
  const countries = ranked.slice(0, top);
  const other = ranked.length > countries.length;
  const seriesOf = (p: Product) => {
    const i = countries.indexOf(p.data.countries[0]!);
    return i === -1 ? countries.length : i;
  };
  return { countries, other, data: countByYear(products, alertYear, seriesOf, countries.length + (other ? 1 : 0)) };
}

/** Products without a date shown in their alert: counted apart, so the charts never hide them. */
export const undated = (products: Product[]) => products.filter((p) => alertYear(p) === undefined).length;

function casesOfAll(site: Site, products: Product[]): Case[] {
  const ids = new Set(products.flatMap((p) => casesOfProduct(site, p).map((c) => c.id)));
  return site.cases.filter((c) => ids.has(c.id));
}

function lotsOf(products: Product[]): { key: string; lot: string }[] {
  const seen = new Map<string, string>();
  for (const p of products) for (const l of p.data.lots) if (!seen.has(lotKey(l.lot))) seen.set(lotKey(l.lot), l.lot);
  return [...seen].map(([key, lot]) => ({ key, lot })).sort((a, b) => a.key.localeCompare(b.key));
}

export interface BrandSummary {
  brand: Brand;
  records: Product[];
  byFamily: Record<StatusFamily, Product[]>;
  countries: CountryCode[];
  lots: { key: string; lot: string }[];
  cases: Case[];
  /** Where the register shows the genuine brand unapproved or irregular: country, authority, status, record. */
  notApproved: { country: CountryCode; authority: Authority; product: Product }[];
  /** Packaging tells of the fakes of this brand, each with the record that gives it. */
  tells: { tell: string; product: Product }[];
}

export function brandSummary(site: Site, brand: Brand): BrandSummary {
  const records = site.products.filter((p) => p.data.brand?.id === brand.id).sort(newestFirst);
  const byFamily = Object.fromEntries(FAMILY_ORDER.map((f) => [f, records.filter((p) => familyOf(p) === f)])) as Record<StatusFamily, Product[]>;
  return {
    brand,
    records,
    byFamily,
    countries: [...new Set(records.flatMap((p) => p.data.countries))].sort(),
    lots: lotsOf(records),
    cases: casesOfAll(site, records),
    notApproved: records
      .filter((p) => familyOf(p) === 'unapproved' || familyOf(p) === 'irregular')
      .map((p) => ({ country: p.data.statusCountry ?? p.data.countries[0]!, authority: site.authorities.get(p.data.authority.id)!, product: p })),
    tells: [...byFamily.fake, ...byFamily.suspected].flatMap((p) => p.data.tells.map((tell) => ({ tell, product: p }))),
  };
}

/** Every brand that has records, the most recorded first. */
export function brandSummaries(site: Site): BrandSummary[] {
  return [...site.brands.values()]
    .map((b) => brandSummary(site, b))
    .filter((s) => s.records.length > 0)
    .sort((a, b) => b.records.length - a.records.length || a.brand.data.name.localeCompare(b.brand.data.name));
}

export interface CountrySummary {
  country: CountryCode;
  records: Product[];
  byFamily: Record<StatusFamily, Product[]>;
  lots: { key: string; lot: string }[];
  cases: Case[];
  authorities: { authority: Authority; records: number; first?: string | undefined; latest?: string | undefined }[];
  brands: Brand[];
}

export function countrySummary(site: Site, country: CountryCode): CountrySummary {
  const records = site.products.filter((p) => p.data.countries.includes(country)).sort(newestFirst);
  const byFamily = Object.fromEntries(FAMILY_ORDER.map((f) => [f, records.filter((p) => familyOf(p) === f)])) as Record<StatusFamily, Product[]>;
  const byAuthority = new Map<string, Product[]>();
  for (const p of records) byAuthority.set(p.data.authority.id, [...(byAuthority.get(p.data.authority.id) ?? []), p]);
  const cases = [...new Set([...casesOfAll(site, records), ...site.cases.filter((c) => c.data.countries.includes(country))])];
  return {
    country,
    records,
    byFamily,
    lots: lotsOf(records),
    cases: site.cases.filter((c) => cases.includes(c)),
    authorities: [...byAuthority]
      .map(([id, list]) => {
        const dates = list.map((p) => p.data.alert.date).filter((d): d is string => Boolean(d)).sort();
        return { authority: site.authorities.get(id)!, records: list.length, first: dates[0], latest: dates[dates.length - 1] };
      })
      .sort((a, b) => b.records - a.records || a.authority.data.name.localeCompare(b.authority.data.name)),
    brands: [...new Set(records.map((p) => p.data.brand?.id).filter((id): id is string => Boolean(id)))].map((id) => site.brands.get(id)!).sort((a, b) => a.data.name.localeCompare(b.data.name)),
  };
}

/**
 * Every country with a record, a case, an authority with records, or notes of its own (guidance, or lists
 * searched without result), the most recorded first: a reader in a country
 * with no records still learns that, and how to check and report there.
 */
export function countrySummaries(site: Site): CountrySummary[] {
  const codes = new Set<CountryCode>([
    ...site.products.flatMap((p) => p.data.countries),
    ...site.cases.flatMap((c) => c.data.countries),
    ...site.products.map((p) => site.authorities.get(p.data.authority.id)!.data.country),
    ...[...site.countries.values()].map((n) => n.data.country),
  ]);
  // INT marks an international body's alert, not a place anything was found.
  codes.delete('INT');
  return [...codes]
    .map((code) => countrySummary(site, code))
    .sort((a, b) => b.records.length - a.records.length || a.country.localeCompare(b.country));
}

/** The country codes that get a country page: those with records or cases. */
export const countryCodes = (site: Site): CountryCode[] => countrySummaries(site).map((s) => s.country);

