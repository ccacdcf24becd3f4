/**
 * The one door to the content collections for pages: loads everything once,
 * refuses to build when references are broken, and hands out sorted lists.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync } from 'node:fs';
import { checkIntegrity, duplicateSlugs, formatProblems } from './integrity';
import { FAMILY_ORDER, PRODUCT_TYPES, STATUS_WORDS, type ProductType } from './vocabulary';
import { vocab } from '../../i18n/vocabulary';
import { buildLotIndex } from '../search/lot-index';
import { caseProductLinks } from './links';
import { buildDataset, type Dataset } from '../publish/exports';
import { PARITY, bodyParity, type TranslatedCollection } from './translation-parity';
import { localiseAuthority, localiseCase, localiseProduct, localiseRisk, localiseSource } from './localise';
import { LANG_TAG, type Lang } from '../../i18n/languages';

type Localised<E extends { data: object }, Extra> = Omit<E, 'data'> & { data: E['data'] & Extra };

export type Source = Localised<CollectionEntry<'sources'>, { titleTranslated?: string | undefined }>;
export type Authority = CollectionEntry<'authorities'>;
export type Product = Localised<CollectionEntry<'products'>, { statusWordingTranslated?: string | undefined }>;
export type Case = CollectionEntry<'cases'>;
export type Risk = CollectionEntry<'risks'>;
type Translation = CollectionEntry<'zhProducts'> | CollectionEntry<'zhCases'> | CollectionEntry<'zhRisks'>;

export interface Site {
  lang: Lang;
  sources: Map<string, Source>;
  authorities: Map<string, Authority>;
  products: Product[];
  cases: Case[];
  risks: Risk[];
  /** The entry whose body a page renders: the translation's in Chinese. */
  bodies: Map<string, Product | Case | Risk | Translation>;
}

const COLLECTION_DIRS = ['sources', 'authorities', 'products', 'cases', 'risks'] as const;

async function loadEnglish(): Promise<Site> {
  const [sources, authorities, products, cases, risks] = await Promise.all([
    getCollection('sources'),
    getCollection('authorities'),
    getCollection('products'),
    getCollection('cases'),
    getCollection('risks'),
  ]);

  const duplicates = COLLECTION_DIRS.flatMap((dir) =>
    duplicateSlugs(readdirSync(`content/${dir}`, { recursive: true }).map(String)).map(
      (names) => `  content/${dir}: ${names.join(' and ')} claim the same slug`,
    ),
  );
  const problems = checkIntegrity([...sources, ...authorities, ...products, ...cases, ...risks]);
  if (duplicates.length || problems.length) {
    throw new Error(
      `Content check failed:\n${[...duplicates, formatProblems(problems)].filter(Boolean).join('\n')}`,
    );
  }
  const bodies = new Map<string, Product | Case | Risk>([...products, ...cases, ...risks].map((e) => [bodyKey(e.collection, e.id), e]));
  return sortSite({
    lang: 'en',
    sources: new Map(sources.map((s) => [s.id, { ...s, data: { ...s.data, titleTranslated: s.data.titleEnglish } }])),
    authorities: new Map(authorities.map((a) => [a.id, a])),
    products,
    cases,
    risks,
    bodies,
  });
}

const bodyKey = (collection: string, id: string) => `${collection}/${id}`;

function sortSite(site: Site): Site {
  const locale = LANG_TAG[site.lang];
  const newestFirst = <T extends { data: { published: Date } }>(a: T, b: T) =>
    b.data.published.valueOf() - a.data.published.valueOf();
  return {
    ...site,
    products: [...site.products].sort((a, b) => a.data.title.localeCompare(b.data.title, locale) || a.id.localeCompare(b.id)),
    cases: [...site.cases].sort(
      (a, b) => (b.data.period.end ?? b.data.period.start).localeCompare(a.data.period.end ?? a.data.period.start) || newestFirst(a, b),
    ),
    risks: [...site.risks].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, locale)),
  };
}

/**
 * The Chinese site: every English entry with its translation's words merged
 * in. Fails the build, naming the files, when a translation is missing, has
 * no English entry, or leaves English wording untranslated.
 */
async function loadChinese(english: Site): Promise<Site> {
  const [sources, authorities, products, cases, risks] = await Promise.all([
    getCollection('zhSources'),
    getCollection('zhAuthorities'),
    getCollection('zhProducts'),
    getCollection('zhCases'),
    getCollection('zhRisks'),
  ]);
  const problems: string[] = [];
  const index = <T extends { id: string }>(collection: TranslatedCollection, englishIds: string[], list: T[]) => {
    const byId = new Map(list.map((t) => [t.id, t]));
    for (const id of englishIds) if (!byId.has(id)) problems.push(`  content/zh/${collection}/${id}: missing; every ${collection} entry needs its Chinese translation`);
    for (const id of byId.keys()) if (!englishIds.includes(id)) problems.push(`  content/zh/${collection}/${id}: no English entry content/${collection}/${id}`);
    return byId;
  };
  const zhSources = index('sources', [...english.sources.keys()], sources);
  const zhAuthorities = index('authorities', [...english.authorities.keys()], authorities);
  const zhProducts = index('products', english.products.map((p) => p.id), products);
  const zhCases = index('cases', english.cases.map((c) => c.id), cases);
  const zhRisks = index('risks', english.risks.map((r) => r.id), risks);
  type Parityable = { data: object; body?: string | undefined; filePath?: string | undefined };
  const parity = (collection: TranslatedCollection, entry: Parityable & { id: string }, zh: Parityable | undefined) => {
    if (!zh) return;
    const found = [...PARITY[collection](entry.data as Record<string, unknown>, zh.data as Record<string, unknown>), ...bodyParity(entry.body, zh.body)];
    for (const problem of found) {
      problems.push(`  ${zh.filePath ?? `content/zh/${collection}/${entry.id}`}: ${problem.field}: ${problem.message}`);
    }
  };
  for (const s of english.sources.values()) parity('sources', s, zhSources.get(s.id));
  for (const a of english.authorities.values()) parity('authorities', a, zhAuthorities.get(a.id));
  for (const p of english.products) parity('products', p, zhProducts.get(p.id));
  for (const c of english.cases) parity('cases', c, zhCases.get(c.id));
  for (const r of english.risks) parity('risks', r, zhRisks.get(r.id));
  if (problems.length > 0 && !process.env['ALLOW_UNTRANSLATED']) {
    throw new Error(`Chinese edition check failed (see docs/translation-guide.md):\n${problems.join('\n')}`);
  }

  const merge = <E extends { id: string; data: object }, Z extends { data: object }>(entry: E, zh: Z | undefined, fn: (en: E['data'], zh: Z['data']) => E['data']): E =>
    zh ? { ...entry, data: fn(entry.data, zh.data) } : entry;
  const bodies = new Map<string, Product | Case | Risk | Translation>();
  for (const [map, list] of [[zhProducts, english.products], [zhCases, english.cases], [zhRisks, english.risks]] as const) {
    for (const entry of list) bodies.set(bodyKey(entry.collection, entry.id), (map as Map<string, Translation>).get(entry.id) ?? entry);
  }
  return sortSite({
    lang: 'zh',
    sources: new Map([...english.sources].map(([id, s]) => [id, merge(s, zhSources.get(id), (en, zh) => localiseSource({ ...en, titleTranslated: undefined }, zh))])),
    authorities: new Map([...english.authorities].map(([id, a]) => [id, merge(a, zhAuthorities.get(id), localiseAuthority)])),
    products: english.products.map((p) => merge(p, zhProducts.get(p.id), localiseProduct)),
    cases: english.cases.map((c) => merge(c, zhCases.get(c.id), localiseCase)),
    risks: english.risks.map((r) => merge(r, zhRisks.get(r.id), localiseRisk)),
    bodies,
  });
}

const cached = new Map<Lang, Promise<Site>>();
/** Everything a page needs, in one language; loaded and checked once per build. */
export function loadSite(lang: Lang = 'en'): Promise<Site> {
  let site = cached.get(lang);
  if (!site) {
    site = lang === 'en' ? loadEnglish() : loadSite('en').then(loadChinese);
    cached.set(lang, site);
  }
  return site;
}

/** The entry whose Markdown body a page shows: the translation's in Chinese. */
export function bodyOf(site: Site, entry: Product | Case | Risk) {
  return site.bodies.get(bodyKey(entry.collection, entry.id)) ?? entry;
}

/** Resolve a list of source references, keeping their order (the footnote numbering). */
export function sourcesOf(site: Site, refs: { id: string }[]): Source[] {
  return refs.map((ref) => site.sources.get(ref.id)!);
}

const linksOf = (site: Site) =>
  caseProductLinks(
    site.products.map((p) => ({ id: p.id, refs: p.data.cases })),
    site.cases.map((c) => ({ id: c.id, refs: c.data.products })),
  );

/** Cases linked to this product, from either side, in the case list's order. */
export function casesOfProduct(site: Site, product: Product): Case[] {
  const ids = new Set(linksOf(site).casesOf(product.id));
  return site.cases.filter((c) => ids.has(c.id));
}

/** Products linked to this case, from either side, in the register's order. */
export function productsOfCase(site: Site, entry: Case): Product[] {
  const ids = new Set(linksOf(site).productsOf(entry.id));
  return site.products.filter((p) => ids.has(p.id));
}

/** Every lot in the register, joined across records and countries. */
export async function loadLots() {
  const site = await loadSite();
  return buildLotIndex(site.products.map((p) => ({ id: p.id, lots: p.data.lots })));
}

const datasets = new Map<string, Promise<Dataset>>();
/** The open-data records, built once per build for every data file and the /data/ page. */
export function loadDataset(base: URL): Promise<Dataset> {
  if (!datasets.has(base.href)) {
    datasets.set(base.href, (async () => buildDataset({ ...(await loadSite()), lots: await loadLots(), base }))());
  }
  return datasets.get(base.href)!;
}

/** The values the filter menus offer, as [code, label] pairs: only those that some page actually has. */
export function facetOptions(lang: Lang, products: Product[], cases: Case[] = []) {
  const v = vocab(lang);
  const collator = new Intl.Collator(LANG_TAG[lang]);
  const labelled = <K extends string>(codes: K[], label: (code: K) => string): [string, string][] =>
    [...new Set(codes)].map((code): [string, string] => [code, label(code)]).sort((x, y) => collator.compare(x[1], y[1]));
  const years = [...new Set([...products.map((p) => p.data.alert.date), ...cases.map((c) => c.data.period.end ?? c.data.period.start)].map((d) => d?.slice(0, 4)).filter((y): y is string => Boolean(y)))].sort().reverse();
  return {
    types: (Object.keys(PRODUCT_TYPES) as ProductType[]).map((code): [string, string] => [code, v.productTypes[code]]),
    statuses: labelled(products.map((p) => p.data.status), (code) => v.statusWords[code].label),
    countries: labelled([...products.flatMap((p) => p.data.countries), ...cases.flatMap((c) => c.data.countries)], (code) => v.countries[code]),
    years,
  };
}

/** The register's reading order: fakes first, then unapproved, then irregular; newest alert first within each. */
export function registerOrder(site: Site): Product[] {
  return [...site.products].sort(
    (a, b) =>
      FAMILY_ORDER.indexOf(STATUS_WORDS[a.data.status].family) - FAMILY_ORDER.indexOf(STATUS_WORDS[b.data.status].family) ||
      (b.data.alert.date ?? '').localeCompare(a.data.alert.date ?? '') ||
      a.data.title.localeCompare(b.data.title, 'en'),
  );
}

export interface PageChange {
  date: Date;
  change: string;
  correction: boolean;
  title: string;
  path: string;
  kind: 'case' | 'product' | 'risk';
}

/** Every change-log entry on every page, newest first: the site-wide corrections log. */
export function allChanges(site: Site): PageChange[] {
  const from = (kind: PageChange['kind'], base: string) => (entry: { id: string; data: { title: string; changelog: { date: Date; change: string; correction: boolean }[] } }) =>
    entry.data.changelog.map((c) => ({ ...c, title: entry.data.title, path: `${base}${entry.id}/`, kind }));
  return [
    ...site.cases.flatMap(from('case', '/cases/')),
    ...site.products.flatMap(from('product', '/products/')),
    ...site.risks.flatMap(from('risk', '/risks/')),
  ].sort((a, b) => b.date.valueOf() - a.date.valueOf() || a.title.localeCompare(b.title));
}
