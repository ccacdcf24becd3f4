/**
 * The open-data exports (/data/): plain functions that turn content entries
 * into export records, wrap them in a file envelope and serialise them. The
 * endpoints under src/pages/data/ feed them the content collections at build
 * time, so the files can never drift from the pages. No astro:content import:
 * the unit tests feed them hand-made entries.
 */
import { createHash } from 'node:crypto';
import { tableToCsv, type CsvValue } from './csv.ts';
import {
  DATASET_TITLE,
  EXPORT_FILES,
  type CaseRecord,
  type ExportFile,
  type ExportFileData,
  type BrandRecord,
  type CoverageRecord,
  type LotRecord,
  type ProductRecord,
  type RecordTypes,
  type SourceRecord,
} from './export-schemas.ts';
import { escapeBibtex } from './cite.ts';
import { type LotEntry } from '../search/lot-index.ts';
import { normaliseLot } from '../search/lots.browser.ts';
import { caseProductLinks } from '../content/links.ts';
import { coverageByCountry } from '../content/coverage.ts';
import { LICENCE, SITE_NAME } from '../routing/site.ts';
import { archiveUrl, paths } from '../routing/paths.ts';
import type { EntryData } from '../content/schemas.ts';
import { PRODUCT_TYPES, SOURCE_KINDS, STATUS_WORDS } from '../content/vocabulary.ts';

/* ------------------------------------------------------------------ inputs: entries as the collections give them */

/** Entries as the collections give them: the shapes come from the content schemas, written once. */
export interface ProductInput {
  id: string;
  data: EntryData<'products'>;
}
export interface CaseInput {
  id: string;
  data: EntryData<'cases'>;
}
export interface SourceInput {
  id: string;
  data: EntryData<'sources'>;
}
export interface AuthorityInput {
  id: string;
  data: Pick<EntryData<'authorities'>, 'name' | 'country'>;
}
export interface BrandInput {
  id: string;
  data: EntryData<'brands'>;
}
export interface CountryNotesInput {
  id: string;
  data: EntryData<'countries'>;
}

/** A collection as a list, or as the id-keyed Map that loadSite() gives. */
type Many<T> = readonly T[] | ReadonlyMap<string, T>;
const list = <T>(many: Many<T>): T[] =>
  Array.isArray(many) ? [...(many as readonly T[])] : [...(many as ReadonlyMap<string, T>).values()];

export interface DatasetInput {
  /** The site's public address (Astro's `site`); every `url` in the data is absolute. */
  base: URL | string;
  products: Many<ProductInput>;
  cases: Many<CaseInput>;
  sources: Many<SourceInput>;
  authorities: Many<AuthorityInput>;
  brands: Many<BrandInput>;
  /** The countries' notes: lists searched without result, and known gaps. */
  countries: Many<CountryNotesInput>;
  /** The lot index (loadLots() / buildLotIndex over the same products). */
  lots: readonly LotEntry[];
}

/* ------------------------------------------------------------------ records */

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface Dataset {
  products: ProductRecord[];
  lots: LotRecord[];
  brands: BrandRecord[];
  cases: CaseRecord[];
  coverage: CoverageRecord[];
  sources: SourceRecord[];
  /** The latest date any product or case was published or updated (YYYY-MM-DD). */
  lastChanged: string;
  version: string;
  /** Absolute address of the /data/ page. */
  page: string;
}

function authorityOf(authorities: Map<string, AuthorityInput>, id: string) {
  const found = authorities.get(id);
  if (!found) throw new Error(`exports: unknown authority "${id}"`);
  return { id, name: found.data.name, country: found.data.country };
}

export function productRecord(
  entry: ProductInput,
  context: {
    base: URL | string;
    authorities: Map<string, AuthorityInput>;
    cases: string[];
    brandName?: (id: string) => string | undefined;
  },
): ProductRecord {
  const d = entry.data;
  const status = STATUS_WORDS[d.status];
  return {
    id: entry.id,
    url: new URL(paths.product(entry.id), context.base).href,
    title: d.title,
    brand: d.brand ? (context.brandName?.(d.brand.id) ?? d.brand.id) : null,
    brandId: d.brand ? d.brand.id : null,
    aliases: d.aliases.map((a) => ({ name: a.name, lang: a.lang })),
    claimedMaker: orNull(d.claimedMaker),
    type: d.type,
    typeLabel: PRODUCT_TYPES[d.type],
    strength: orNull(d.strength),
    lots: d.lots.map((l) => ({
      lot: l.lot,
      normalised: normaliseLot(l.lot),
      expiry: orNull(l.expiry || undefined),
      note: orNull(l.note || undefined),
    })),
    identifiers: d.identifiers.map((i) => ({ label: i.label, value: i.value })),
    tells: [...d.tells],
    recognisedBy: orNull(d.recognisedBy),
    whereFound: d.whereFound,
    countries: [...d.countries],
    authority: authorityOf(context.authorities, d.authority.id),
    alert: {
      title: d.alert.title,
      id: orNull(d.alert.id),
      date: orNull(d.alert.date),
      url: orNull(d.alert.url),
      sourceId: d.alert.source.id,
    },
    status: d.status,
    statusLabel: status.label,
    statusFamily: status.family,
    statusWording: orNull(d.statusWording),
    statusCountry: orNull(d.statusCountry),
    harm: orNull(d.harm),
    cases: context.cases,
    sources: d.sources.map((s) => s.id),
    published: isoDay(d.published),
    updated: d.updated ? isoDay(d.updated) : null,
  };
}

export function lotRecords(entries: readonly LotEntry[], products: readonly ProductRecord[], base: URL | string): LotRecord[] {
  const byProduct = new Map(products.map((p) => [p.id, p]));
  return entries.map((entry) => ({
    normalised: entry.normalised,
    url: new URL(paths.lot(entry.key), base).href,
    spellings: [...entry.spellings],
    records: [...entry.sightings]
      .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0))
      .map((s) => {
        const product = byProduct.get(s.productId);
        if (!product) throw new Error(`exports: lot ${entry.normalised} names unknown product "${s.productId}"`);
        return {
          productId: product.id,
          url: product.url,
          printed: s.printed,
          expiry: orNull(s.expiry || undefined),
          authority: product.authority.id,
          countries: [...product.countries],
          alertDate: product.alert.date,
          status: product.status,
        };
      }),
  }));
}

export function caseRecord(
  entry: CaseInput,
  context: { base: URL | string; authorities: Map<string, AuthorityInput>; products: string[] },
): CaseRecord {
  const d = entry.data;
  const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
  return {
    id: entry.id,
    url: new URL(paths.case(entry.id), context.base).href,
    title: d.title,
    summary: d.summary,
    countries: [...d.countries],
    place: d.place,
    period: { start: d.period.start, end: orNull(d.period.end) },
    productTypes: [...d.productTypes],
    authorities: d.authorities.map((a) => authorityOf(context.authorities, a.id)),
    keyFacts: d.keyFacts.map((f) => ({ label: f.label, value: f.value, sources: ids(f.sources) })),
    timeline: d.timeline.map((t) => ({ when: t.when, event: t.event, sources: ids(t.sources) })),
    products: context.products,
    sources: ids(d.sources),
    published: isoDay(d.published),
    updated: d.updated ? isoDay(d.updated) : null,
  };
}

export function brandRecord(entry: BrandInput, products: readonly ProductRecord[], base: URL | string): BrandRecord {
  const d = entry.data;
  const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
  const mine = products.filter((p) => p.brandId === entry.id);
  return {
    id: entry.id,
    url: new URL(paths.brand(entry.id), base).href,
    name: d.name,
    type: d.type,
    maker: d.maker ? { name: d.maker.name, sources: ids(d.maker.sources) } : null,
    names: d.names.map((n) => ({ name: n.name, lang: n.lang, note: orNull(n.note), sources: ids(n.sources) })),
    approvals: d.approvals.map((a) => ({
      country: a.country,
      authority: a.authority ? a.authority.id : null,
      note: orNull(a.note),
      sources: ids(a.sources),
    })),
    genuine: d.genuine.map((g) => ({ text: g.text, sources: ids(g.sources) })),
    products: mine.map((p) => p.id),
    countries: [...new Set(mine.flatMap((p) => p.countries))].sort(),
    sources: ids(d.sources),
    published: isoDay(d.published),
    updated: d.updated ? isoDay(d.updated) : null,
  };
}

export function coverageRecords(
  input: { products: readonly ProductInput[]; authorities: Map<string, AuthorityInput>; countries: readonly CountryNotesInput[] },
  base: URL | string,
): CoverageRecord[] {
  return coverageByCountry(input).map((c) => ({
    country: c.country,
    url: c.country === 'INT' ? null : new URL(paths.country(c.country), base).href,
    covered: c.covered.map((a) => ({
      authority: authorityOf(input.authorities, a.authority),
      records: a.records,
      firstAlert: orNull(a.firstAlert),
      latestAlert: orNull(a.latestAlert),
      lastAdded: isoDay(a.lastAdded),
    })),
    searched: c.searched.map((s) => ({
      authority: orNull(s.authority),
      body: orNull(s.body),
      scope: s.scope,
      found: s.found,
      note: orNull(s.note),
    })),
    gaps: [...c.gaps],
  }));
}

export function sourceRecord(entry: SourceInput): SourceRecord {
  const d = entry.data;
  return {
    id: entry.id,
    title: d.title,
    titleEnglish: orNull(d.titleEnglish),
    publisher: d.publisher,
    author: orNull(d.author),
    published: orNull(d.published),
    url: orNull(d.url),
    originalUrl: orNull(d.originalUrl),
    archiveUrl: d.url ? archiveUrl(d.url) : null,
    kind: d.kind,
    kindLabel: SOURCE_KINDS[d.kind].label,
    language: d.language,
    note: orNull(d.note),
  };
}

/** Every date on which a product or case was published or changed, as YYYY-MM-DD. */
function editorialDates(entries: { data: { published: Date; updated?: Date | undefined; changelog: { date: Date }[] } }[]): string[] {
  return entries.flatMap((e) =>
    [e.data.published, ...(e.data.updated ? [e.data.updated] : []), ...e.data.changelog.map((c) => c.date)].map(isoDay),
  );
}

/**
 * The data set's version: "<latest published/updated date>-<first 8 hex digits of
 * a SHA-256 of every record>". The site's own address is taken out before hashing,
 * so the same content gives the same version whatever SITE_URL a build uses.
 */
export function datasetVersion(records: Pick<Dataset, ExportFile>, lastChanged: string, base: URL | string): string {
  const origin = new URL('/', base).href;
  const json = JSON.stringify(EXPORT_FILES.map((file) => records[file]))
    .split(origin)
    .join('/');
  return `${lastChanged}-${createHash('sha256').update(json).digest('hex').slice(0, 8)}`;
}

/** Every export's records, built from the content collections' entries. */
export function buildDataset(input: DatasetInput): Dataset {
  const products = list(input.products).sort(byId);
  const cases = list(input.cases).sort(byId);
  const authorities = new Map(list(input.authorities).map((a) => [a.id, a]));
  const { casesOf, productsOf } = caseProductLinks(
    products.map((p) => ({ id: p.id, refs: p.data.cases })),
    cases.map((c) => ({ id: c.id, refs: c.data.products })),
  );

  const brands = list(input.brands).sort(byId);
  const brandNames = new Map(brands.map((b) => [b.id, b.data.name]));
  const productRecords = products.map((p) =>
    productRecord(p, { base: input.base, authorities, cases: casesOf(p.id), brandName: (id) => brandNames.get(id) }),
  );
  const records = {
    products: productRecords,
    lots: lotRecords(input.lots, productRecords, input.base),
    // Only brands that records name get a page, so only they are in the data.
    brands: brands.map((b) => brandRecord(b, productRecords, input.base)).filter((b) => b.products.length > 0),
    cases: cases.map((c) => caseRecord(c, { base: input.base, authorities, products: productsOf(c.id) })),
    coverage: coverageRecords({ products, authorities, countries: list(input.countries) }, input.base),
    sources: list(input.sources).sort(byId).map(sourceRecord),
  };
  const lastChanged =
    editorialDates([...products, ...cases])
      .sort()
      .at(-1) ?? '1970-01-01';
  return { ...records, lastChanged, version: datasetVersion(records, lastChanged, input.base), page: new URL(paths.data, input.base).href };
}

/* ------------------------------------------------------------------ files */

/** One file: the envelope every export shares, around its records. */
export function exportFile<F extends ExportFile>(dataset: Dataset, file: F, generated: Date): ExportFileData<F> {
  const records = dataset[file] as RecordTypes[F][];
  return {
    dataset: SITE_NAME,
    file,
    version: dataset.version,
    generated: generated.toISOString(),
    licence: { name: LICENCE.name, url: LICENCE.url },
    source: dataset.page,
    count: records.length,
    records,
  } as ExportFileData<F>;
}

/** The products CSV's columns: one row per product, lists joined with " | ". */
export const PRODUCT_CSV_COLUMNS: readonly (readonly [string, (p: ProductRecord) => CsvValue])[] = [
  ['id', (p) => p.id],
  ['url', (p) => p.url],
  ['title', (p) => p.title],
  ['brand', (p) => p.brand],
  ['brandId', (p) => p.brandId],
  ['aliases', (p) => p.aliases.map((a) => `${a.name} (${a.lang})`)],
  ['claimedMaker', (p) => p.claimedMaker],
  ['type', (p) => p.type],
  ['typeLabel', (p) => p.typeLabel],
  ['strength', (p) => p.strength],
  ['lots', (p) => p.lots.map((l) => l.lot)],
  ['lotsNormalised', (p) => p.lots.map((l) => l.normalised)],
  ['lotExpiries', (p) => p.lots.map((l) => `${l.lot}: ${l.expiry ?? 'not published'}`)],
  ['lotNotes', (p) => p.lots.filter((l) => l.note).map((l) => `${l.lot}: ${l.note}`)],
  ['identifiers', (p) => p.identifiers.map((i) => `${i.label}: ${i.value}`)],
  ['tells', (p) => p.tells],
  ['recognisedBy', (p) => p.recognisedBy],
  ['whereFound', (p) => p.whereFound],
  ['countries', (p) => p.countries],
  ['authorityId', (p) => p.authority.id],
  ['authorityName', (p) => p.authority.name],
  ['authorityCountry', (p) => p.authority.country],
  ['alertTitle', (p) => p.alert.title],
  ['alertId', (p) => p.alert.id],
  ['alertDate', (p) => p.alert.date],
  ['alertUrl', (p) => p.alert.url],
  ['alertSourceId', (p) => p.alert.sourceId],
  ['status', (p) => p.status],
  ['statusLabel', (p) => p.statusLabel],
  ['statusFamily', (p) => p.statusFamily],
  ['statusWording', (p) => p.statusWording],
  ['statusCountry', (p) => p.statusCountry],
  ['harm', (p) => p.harm],
  ['cases', (p) => p.cases],
  ['sources', (p) => p.sources],
  ['published', (p) => p.published],
  ['updated', (p) => p.updated],
];

export function productsCsv(products: readonly ProductRecord[]): string {
  return tableToCsv(PRODUCT_CSV_COLUMNS, products, { bom: true });
}

/** Every downloadable file, by its name under /data/. */
export const DATA_FILES = [
  'products.json',
  'products.csv',
  'lots.json',
  'brands.json',
  'cases.json',
  'coverage.json',
  'sources.json',
] as const;
export type DataFileName = (typeof DATA_FILES)[number];

export const CONTENT_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/** The exact bytes of one file, as the endpoint serves it and the /data/ page measures it. */
export function dataFileBody(name: DataFileName, dataset: Dataset, generated: Date): string {
  if (name === 'products.csv') return productsCsv(dataset.products);
  const file = name.replace(/\.json$/, '') as ExportFile;
  return `${JSON.stringify(exportFile(dataset, file, generated), null, 2)}\n`;
}

export interface DataDownload {
  file: ExportFile;
  formats: { name: DataFileName; href: string; label: 'JSON' | 'CSV'; bytes: number }[];
}

const downloadsCache = new WeakMap<Dataset, DataDownload[]>();
/**
 * The files /data/ and /zh/data/ offer, with the exact size of each. Measured
 * once per build: both pages (and every language) share the same files.
 */
export function dataDownloads(dataset: Dataset, generated: Date): DataDownload[] {
  let downloads = downloadsCache.get(dataset);
  if (!downloads) {
    const measure = (name: DataFileName) => new TextEncoder().encode(dataFileBody(name, dataset, generated)).length;
    downloads = EXPORT_FILES.map((file) => ({
      file,
      formats: [
        { name: `${file}.json` as DataFileName, href: paths.dataFile(`${file}.json`), label: 'JSON' as const },
        ...(file === 'products'
          ? [{ name: 'products.csv' as DataFileName, href: paths.dataFile(`${file}.csv`), label: 'CSV' as const }]
          : []),
      ].map((f) => ({ ...f, bytes: measure(f.name) })),
    }));
    downloadsCache.set(dataset, downloads);
  }
  return downloads;
}

/** Schema.org Dataset for the data page, in the page's language (only the description differs). */
export function datasetJsonLd(dataset: Dataset, downloads: DataDownload[], site: URL, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: DATASET_TITLE,
    description,
    url: dataset.page,
    version: dataset.version,
    dateModified: dataset.lastChanged,
    license: LICENCE.url,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: SITE_NAME, url: new URL('/', site).href },
    distribution: downloads.flatMap((d) =>
      d.formats.map((f) => ({
        '@type': 'DataDownload',
        name: f.name,
        encodingFormat: f.label === 'CSV' ? 'text/csv' : 'application/json',
        contentUrl: new URL(f.href, site).href,
      })),
    ),
  };
}

export function dataFileResponse(name: DataFileName, dataset: Dataset, generated: Date): Response {
  const type = name.endsWith('.csv') ? CONTENT_TYPES.csv : CONTENT_TYPES.json;
  return new Response(dataFileBody(name, dataset, generated), { headers: { 'Content-Type': type } });
}

/* ------------------------------------------------------------------ the change log */

export interface DataChange {
  /** YYYY-MM-DD */
  date: string;
  added: { products: number; cases: number };
  updated: { products: number; cases: number };
}

/**
 * On which days records were first published or later changed, with counts,
 * newest first. A record counts once per day; a change on its publication day
 * is part of its publication.
 */
export function dataChangeLog(
  products: Many<Pick<ProductInput, 'id' | 'data'>>,
  cases: Many<Pick<CaseInput, 'id' | 'data'>>,
): DataChange[] {
  const days = new Map<string, DataChange>();
  const at = (date: string) => {
    let change = days.get(date);
    if (!change) days.set(date, (change = { date, added: { products: 0, cases: 0 }, updated: { products: 0, cases: 0 } }));
    return change;
  };
  const count = (
    kind: 'products' | 'cases',
    entries: { data: { published: Date; updated?: Date | undefined; changelog: { date: Date }[] } }[],
  ) => {
    for (const { data } of entries) {
      const published = isoDay(data.published);
      at(published).added[kind]++;
      const changed = new Set([...(data.updated ? [data.updated] : []), ...data.changelog.map((c) => c.date)].map(isoDay));
      changed.delete(published);
      for (const day of changed) at(day).updated[kind]++;
    }
  };
  count('products', list(products));
  count('cases', list(cases));
  return [...days.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/* ------------------------------------------------------------------ citing the data set */

export interface DatasetCitation {
  apa: { before: string; title: string; after: string; text: string };
  bibtex: string;
}

/**
 * APA 7 (data set, group author; the publisher is left out because it is the
 * author): Fake Injectables Watch. (2026). *Title* (Version x) [Data set]. URL
 * and a BibTeX @misc entry with the version and the access date.
 */
export function datasetCitation(dataset: Pick<Dataset, 'version' | 'lastChanged' | 'page'>, accessed: Date): DatasetCitation {
  const year = dataset.lastChanged.slice(0, 4);
  const before = `${SITE_NAME}. (${year}). `;
  const after = ` (Version ${dataset.version}) [Data set]. ${dataset.page}`;
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(SITE_NAME)}}}`],
    ['title', `{{${escapeBibtex(DATASET_TITLE)}}}`],
    ['year', `{${year}}`],
    ['version', `{${dataset.version}}`],
    ['howpublished', '{Data set}'],
    ['url', `{${dataset.page}}`],
    ['urldate', `{${isoDay(accessed)}}`],
    ['note', `{Version ${dataset.version}. Licensed under ${LICENCE.short}}`],
  ];
  return {
    apa: { before, title: DATASET_TITLE, after, text: `${before}${DATASET_TITLE}${after}` },
    bibtex: `@misc{fiw-data-${dataset.version},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`,
  };
}
