/**
 * The one door to the content for pages: loads every collection of the
 * registry once, refuses to build when a rule that spans files is broken
 * (naming the file and the field), merges each language's translations, and
 * hands out sorted lists.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readdirSync } from 'node:fs';
import { checkIntegrity, duplicateSlugs, formatProblems } from './integrity.ts';
import { FAMILY_ORDER, PRODUCT_TYPES, STATUS_WORDS, type ProductType } from './vocabulary.ts';
import { vocab } from '../../i18n/vocabulary.ts';
import { buildLotIndex } from '../search/lot-index.ts';
import { caseProductLinks } from './links.ts';
import { buildDataset, type Dataset } from '../publish/exports.ts';
import { bodyParity } from './translation-parity.ts';
import { COLLECTIONS, COLLECTION_NAMES, translationCollection, type CollectionName } from './collections.ts';
import { DEFAULT_LANG, LANGS, edition, type Lang } from '../../i18n/languages.ts';
import { buildExactIndex, type BuiltExactIndex } from '../search/exact-index.ts';
import { NAMED_EXPLAINERS } from '../routing/paths.ts';
import type { LocalisedProduct, LocalisedSource } from './localise.ts';

type WithData<E extends { data: object }, D> = Omit<E, 'data'> & { data: D };

export type Source = WithData<CollectionEntry<'sources'>, LocalisedSource>;
export type Authority = CollectionEntry<'authorities'>;
export type Product = WithData<CollectionEntry<'products'>, LocalisedProduct>;
export type Case = CollectionEntry<'cases'>;
export type Risk = CollectionEntry<'risks'>;
export type Page = CollectionEntry<'pages'>;
export type Brand = CollectionEntry<'brands'>;
export type CountryNotes = CollectionEntry<'countries'>;
type Translation = CollectionEntry<`${CollectionName}Translations`>;
/** An entry whose body a page renders: its own, or its translation's. */
export type BodyEntry = Product | Case | Risk | Page | Translation;

export interface Site {
  lang: Lang;
  sources: Map<string, Source>;
  authorities: Map<string, Authority>;
  products: Product[];
  cases: Case[];
  risks: Risk[];
  pages: Map<string, Page>;
  brands: Map<string, Brand>;
  /** What the site knows of a country beyond its records (guidance, searches, gaps), by ISO code. */
  countries: Map<string, CountryNotes>;
  /** The entry whose body a page renders: the translation's in a translated edition. */
  bodies: Map<string, BodyEntry>;
}

interface AnyEntry {
  id: string;
  collection: string;
  data: object;
  body?: string | undefined;
  filePath?: string | undefined;
  rendered?: unknown;
}
type Entries = Record<CollectionName, AnyEntry[]>;

const bodyKey = (collection: string, id: string) => `${collection}/${id}`;

/**
 * Markdown files whose body could not be rendered. Astro renders `.md` entries
 * while it loads them and only logs a plugin's error (a citation of a source
 * the page does not list, hostile markup): the build must stop instead of
 * publishing the entry without its body.
 */
export function unrenderedBodies(entries: readonly AnyEntry[]): string[] {
  return entries
    .filter((entry) => entry.filePath?.endsWith('.md') && entry.body?.trim() && entry.rendered === undefined)
    .map((entry) => `  ${entry.filePath}: body: could not be rendered (the Markdown error is printed above)`);
}

async function loadDefault(): Promise<Entries> {
  const loaded = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name) as Promise<AnyEntry[]>));
  const entries = Object.fromEntries(COLLECTION_NAMES.map((name, i) => [name, loaded[i]!])) as Entries;
  const duplicates = COLLECTION_NAMES.flatMap((name) =>
    // A collection with no entries yet has no folder in a clean clone (git keeps no empty folders).
    duplicateSlugs(existsSync(`content/${COLLECTIONS[name].dir}`) ? readdirSync(`content/${COLLECTIONS[name].dir}`, { recursive: true }).map(String) : []).map(
      (names) => `  content/${COLLECTIONS[name].dir}: ${names.join(' and ')} claim the same slug`,
    ),
  );
  const problems = checkIntegrity(Object.values(entries).flat() as never);
  const unrendered = unrenderedBodies(Object.values(entries).flat());
  const risks = new Set(entries.risks.map((r) => r.id));
  const named = Object.entries(NAMED_EXPLAINERS)
    .filter(([, id]) => !risks.has(id))
    .map(([name, id]) => `  src/lib/routing/paths.ts: NAMED_EXPLAINERS.${name} names "${id}", but there is no content/risks/${id}.mdx`);
  if (duplicates.length || problems.length || named.length || unrendered.length) {
    throw new Error(`Content check failed:\n${[...duplicates, formatProblems(problems), ...named, ...unrendered].filter(Boolean).join('\n')}`);
  }
  return entries;
}

/**
 * One language's translations, checked against the default entries: each
 * must exist, match its language's schema (words only) and cover every piece
 * of wording. Fails the build naming every file and field at fault.
 */
async function loadTranslations(lang: Lang, english: Entries): Promise<Record<CollectionName, Map<string, AnyEntry>>> {
  const problems: string[] = [];
  const out = {} as Record<CollectionName, Map<string, AnyEntry>>;
  for (const name of COLLECTION_NAMES) {
    const c = COLLECTIONS[name];
    const prefix = `${lang}/${c.dir}/`;
    const files = ((await getCollection(translationCollection(name))) as AnyEntry[]).filter((t) => t.id.startsWith(prefix));
    const byId = new Map(files.map((t) => [t.id.slice(prefix.length), t]));
    const englishById = new Map(english[name].map((e) => [e.id, e]));
    for (const id of englishById.keys()) if (!byId.has(id)) problems.push(`  content/${lang}/${c.dir}/${id}: missing; every ${name} entry needs its ${edition(lang).name} translation`);
    problems.push(...unrenderedBodies([...byId.values()]));
    const parsed = new Map<string, AnyEntry>();
    for (const [id, file] of byId) {
      const where = file.filePath ?? `content/${prefix}${id}`;
      const en = englishById.get(id);
      if (!en) {
        problems.push(`  ${where}: no English entry content/${c.dir}/${id}`);
        continue;
      }
      const result = c.translation.schema(lang).safeParse(file.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = issue.path.join('.') || '(front matter)';
          const message =
            issue.code === 'unrecognized_keys'
              ? `${issue.keys.join(', ')}: shared facts live only in the English entry (content/${c.dir}/${id}); remove from the translation`
              : issue.message;
          problems.push(`  ${where}: ${field}: ${message}`);
        }
        continue;
      }
      const found = [...c.translation.parity(en.data as Record<string, unknown>, result.data as Record<string, unknown>, lang), ...bodyParity(en.body, file.body)];
      for (const problem of found) problems.push(`  ${where}: ${problem.field}: ${problem.message}`);
      parsed.set(id, { ...file, data: result.data as object });
    }
    out[name] = parsed;
  }
  if (problems.length > 0 && !process.env['ALLOW_UNTRANSLATED']) {
    throw new Error(`${edition(lang).name} edition check failed (see docs/translation-guide.md):\n${problems.join('\n')}`);
  }
  return out;
}

function sortSite(site: Site): Site {
  const locale = edition(site.lang).intl;
  const newestFirst = <T extends { data: { published: Date } }>(a: T, b: T) => b.data.published.valueOf() - a.data.published.valueOf();
  return {
    ...site,
    products: [...site.products].sort((a, b) => a.data.title.localeCompare(b.data.title, locale) || a.id.localeCompare(b.id)),
    cases: [...site.cases].sort(
      (a, b) => (b.data.period.end ?? b.data.period.start).localeCompare(a.data.period.end ?? a.data.period.start) || newestFirst(a, b),
    ),
    risks: [...site.risks].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, locale)),
  };
}

async function loadLanguage(lang: Lang): Promise<Site> {
  const english = await loadDefaultOnce();
  const translations = lang === DEFAULT_LANG ? undefined : await loadTranslations(lang, english);
  const bodies = new Map<string, BodyEntry>();
  const localised = {} as Entries;
  for (const name of COLLECTION_NAMES) {
    const localise = COLLECTIONS[name].translation.localise as (en: object, tr: object, lang: Lang) => object;
    localised[name] = english[name].map((entry) => {
      const translated = translations?.[name].get(entry.id);
      if (COLLECTIONS[name].kind === 'page') bodies.set(bodyKey(name, entry.id), (translated ?? entry) as BodyEntry);
      if (!translated) {
        // Sources carry an English rendering of a foreign title; in the default edition that is the translated title.
        return name === 'sources' ? { ...entry, data: { ...entry.data, titleTranslated: (entry.data as { titleEnglish?: string }).titleEnglish } } : entry;
      }
      return { ...entry, data: localise(name === 'sources' ? { ...entry.data, titleTranslated: undefined } : entry.data, translated.data, lang) };
    });
  }
  return sortSite({
    lang,
    sources: new Map((localised.sources as Source[]).map((s) => [s.id, s])),
    authorities: new Map((localised.authorities as Authority[]).map((a) => [a.id, a])),
    products: localised.products as Product[],
    cases: localised.cases as Case[],
    risks: localised.risks as Risk[],
    pages: new Map((localised.pages as Page[]).map((p) => [p.id, p])),
    brands: new Map((localised.brands as Brand[]).map((b) => [b.id, b])),
    countries: new Map((localised.countries as CountryNotes[]).map((c) => [c.data.country, c])),
    bodies,
  });
}

let defaultEntries: Promise<Entries> | undefined;
const loadDefaultOnce = () => (defaultEntries ??= loadDefault());

const cached = new Map<Lang, Promise<Site>>();
/** Everything a page needs, in one language; loaded and checked once per build. */
export function loadSite(lang: Lang = DEFAULT_LANG): Promise<Site> {
  let site = cached.get(lang);
  if (!site) {
    site = loadLanguage(lang);
    cached.set(lang, site);
  }
  return site;
}

/** The entry whose Markdown body a page shows: the translation's in a translated edition. */
export function bodyOf(site: Site, entry: { collection: string; id: string }): BodyEntry {
  return site.bodies.get(bodyKey(entry.collection, entry.id))!;
}

/** Resolve a list of source references, keeping their order (the footnote numbering). */
export function sourcesOf(site: Site, refs: { id: string }[]): Source[] {
  return refs.map((ref) => site.sources.get(ref.id)!);
}

const linksCache = new WeakMap<Site, ReturnType<typeof caseProductLinks>>();
const linksOf = (site: Site) => {
  let links = linksCache.get(site);
  if (!links) {
    links = caseProductLinks(
      site.products.map((p) => ({ id: p.id, refs: p.data.cases })),
      site.cases.map((c) => ({ id: c.id, refs: c.data.products })),
    );
    linksCache.set(site, links);
  }
  return links;
};

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

let exactIndex: Promise<BuiltExactIndex> | undefined;
/** The exact-answer index of every edition (src/lib/search/exact-index.ts), built once per build for its files and every page's search box. */
export function loadExactIndex(): Promise<BuiltExactIndex> {
  exactIndex ??= (async () => {
    const sites = Object.fromEntries(await Promise.all(LANGS.map(async (lang) => [lang, await loadSite(lang)] as const)));
    const english = sites[DEFAULT_LANG]!;
    const byId = <T extends { id: string }>(pick: (site: Site) => T[]) =>
      new Map(LANGS.map((lang) => [lang, new Map(pick(sites[lang]!).map((entry) => [entry.id, entry]))]));
    const products = byId((s) => s.products);
    const cases = byId((s) => s.cases);
    const authorityLabel = (lang: Lang, id: string) => {
      const authority = sites[lang]!.authorities.get(id)!;
      return authority.data.abbreviation ?? authority.data.name;
    };
    return buildExactIndex({
      products: english.products.map((p) => ({
        id: p.id,
        editions: Object.fromEntries(
          LANGS.map((lang) => {
            const d = products.get(lang)!.get(p.id)!.data;
            return [lang, { ...d, authority: authorityLabel(lang, d.authority.id) }];
          }),
        ),
      })),
      brands: [...english.brands.values()],
      cases: english.cases.map((c) => ({ id: c.id, editions: Object.fromEntries(LANGS.map((lang) => [lang, cases.get(lang)!.get(c.id)!.data])) })),
      lots: await loadLots(),
    });
  })();
  return exactIndex;
}

const datasets = new Map<string, Promise<Dataset>>();
/** The open-data records, built once per build for every data file and the /data/ page. */
export function loadDataset(base: URL): Promise<Dataset> {
  if (!datasets.has(base.href)) {
    datasets.set(base.href, (async () => { const site = await loadSite(); return buildDataset({ ...site, lots: await loadLots(), base }); })());
  }
  return datasets.get(base.href)!;
}

/** The values the filter menus offer, as [code, label] pairs: only those that some page actually has. */
export function facetOptions(lang: Lang, products: Product[], cases: Case[] = []) {
  const v = vocab(lang);
  const collator = new Intl.Collator(edition(lang).intl);
  const labelled = <K extends string>(codes: K[], label: (code: K) => string): [string, string][] =>
    [...new Set(codes)].map((code): [string, string] => [code, label(code)]).sort((x, y) => collator.compare(x[1], y[1]));
  const years = [
    ...new Set(
      [...products.map((p) => p.data.alert.date), ...cases.map((c) => c.data.period.end ?? c.data.period.start)]
        .map((d) => d?.slice(0, 4))
        .filter((y): y is string => Boolean(y)),
    ),
  ]
    .sort()
    .reverse();
  return {
    types: (Object.keys(PRODUCT_TYPES) as ProductType[]).map((code): [string, string] => [code, v.productTypes[code]]),
    statuses: labelled(
      products.map((p) => p.data.status),
      (code) => v.statusWords[code].label,
    ),
    countries: labelled([...products.flatMap((p) => p.data.countries), ...cases.flatMap((c) => c.data.countries)], (code) => v.countries[code]),
    years,
  };
}

/** The register's reading order: fakes first, then suspected, unapproved and irregular; newest alert first within each. */
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
  const from = (kind: PageChange['kind'], pathOf: (id: string) => string) => (entry: { id: string; data: { title: string; changelog: { date: Date; change: string; correction: boolean }[] } }) =>
    entry.data.changelog.map((c) => ({ ...c, title: entry.data.title, path: pathOf(entry.id), kind }));
  return [
    ...site.cases.flatMap(from('case', COLLECTIONS.cases.path)),
    ...site.products.flatMap(from('product', COLLECTIONS.products.path)),
    ...site.risks.flatMap(from('risk', COLLECTIONS.risks.path)),
  ].sort((a, b) => b.date.valueOf() - a.date.valueOf() || a.title.localeCompare(b.title));
}
