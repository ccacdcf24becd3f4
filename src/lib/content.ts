/**
 * The one door to the content collections for pages: loads everything once,
 * refuses to build when references are broken, and hands out sorted lists.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync } from 'node:fs';
import { checkIntegrity, duplicateSlugs, formatProblems } from './integrity';
import { COUNTRIES, PRODUCT_TYPES, STATUS_WORDS } from './vocabulary';
import { buildLotIndex } from './lot-index';
import { caseProductLinks } from './links';
import { buildDataset, type Dataset } from './exports';

export type Source = CollectionEntry<'sources'>;
export type Authority = CollectionEntry<'authorities'>;
export type Product = CollectionEntry<'products'>;
export type Case = CollectionEntry<'cases'>;
export type Risk = CollectionEntry<'risks'>;

export interface Site {
  sources: Map<string, Source>;
  authorities: Map<string, Authority>;
  products: Product[];
  cases: Case[];
  risks: Risk[];
}

const COLLECTION_DIRS = ['sources', 'authorities', 'products', 'cases', 'risks'] as const;

async function load(): Promise<Site> {
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

  const newestFirst = <T extends { data: { published: Date } }>(a: T, b: T) =>
    b.data.published.valueOf() - a.data.published.valueOf();

  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    authorities: new Map(authorities.map((a) => [a.id, a])),
    products: products.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id)),
    cases: cases.sort(
      (a, b) => (b.data.period.end ?? b.data.period.start).localeCompare(a.data.period.end ?? a.data.period.start) || newestFirst(a, b),
    ),
    risks: risks.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
  };
}

let cached: Promise<Site> | undefined;
export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
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

/** The values the filter menus offer: only those that some page actually has. */
export function facetOptions(products: Product[], cases: Case[] = []) {
  const sortedSet = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b));
  return {
    types: Object.values(PRODUCT_TYPES) as string[],
    statuses: sortedSet(products.map((p) => STATUS_WORDS[p.data.status].label)),
    countries: sortedSet([...products.flatMap((p) => p.data.countries), ...cases.flatMap((c) => c.data.countries)].map((c) => COUNTRIES[c])),
    years: sortedSet([...products.map((p) => p.data.alert.date), ...cases.map((c) => c.data.period.end ?? c.data.period.start)].map((d) => d?.slice(0, 4))).reverse(),
  };
}

/** The register's reading order: fakes first, then unapproved, then irregular; newest alert first within each. */
export function registerOrder(site: Site): Product[] {
  const familyRank = { fake: 0, unapproved: 1, irregular: 2 } as const;
  return [...site.products].sort(
    (a, b) =>
      familyRank[STATUS_WORDS[a.data.status].family] - familyRank[STATUS_WORDS[b.data.status].family] ||
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
  kind: 'Case' | 'Register record' | 'Explainer';
}

/** Every change-log entry on every page, newest first: the site-wide corrections log. */
export function allChanges(site: Site): PageChange[] {
  const from = (kind: PageChange['kind'], base: string) => (entry: { id: string; data: { title: string; changelog: { date: Date; change: string; correction: boolean }[] } }) =>
    entry.data.changelog.map((c) => ({ ...c, title: entry.data.title, path: `${base}${entry.id}/`, kind }));
  return [
    ...site.cases.flatMap(from('Case', '/cases/')),
    ...site.products.flatMap(from('Register record', '/products/')),
    ...site.risks.flatMap(from('Explainer', '/risks/')),
  ].sort((a, b) => b.date.valueOf() - a.date.valueOf() || a.title.localeCompare(b.title));
}
