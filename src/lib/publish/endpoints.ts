/**
 * The machine-read files that exist once per language: the Atom feed, the lot
 * lookup and page titles the search page fetches, and the share images. Each
 * route file under src/pages/[...lang]/ is one line that calls these.
 */
import { loadLots, loadSite, type Case, type Product } from '../content/load.ts';
import { brandSummary, countrySummary } from '../content/aggregates.ts';
import type { CountryCode } from '../content/vocabulary.ts';
import { atomFeed, type FeedItem } from './feed.ts';
import { lotLookup } from '../search/lot-index.ts';
import { LICENCE } from '../routing/site.ts';
import { paths } from '../routing/paths.ts';
import { LANG_TAG, localisePath, type Lang } from '../../i18n/languages.ts';
import { ui } from '../../i18n/ui.ts';
import { vocab } from '../../i18n/vocabulary.ts';

/** What one feed holds: the whole site's, or only one brand's or one country's. */
interface FeedScope {
  title: string;
  self: string;
  /** The page the feed follows. */
  page: string;
  products: Product[];
  cases: Case[];
}

/** New and updated cases and register records, newest first. */
function feedFor(lang: Lang, site: URL, scope: FeedScope): Response {
  const t = ui(lang);
  const v = vocab(lang);
  const abs = (path: string) => new URL(localisePath(path, lang), site).href;
  const lastChange = (log: { date: Date; change: string }[]) => [...log].sort((a, b) => b.date.valueOf() - a.date.valueOf())[0]?.change;
  const items: FeedItem[] = [
    ...scope.cases.map((c) => ({
      url: abs(paths.case(c.id)),
      title: c.data.title,
      summary: c.data.summary,
      category: t.kinds.case,
      published: c.data.published,
      updated: c.data.updated,
      change: c.data.updated ? lastChange(c.data.changelog) : undefined,
    })),
    ...scope.products.map((p) => ({
      url: abs(paths.product(p.id)),
      title: p.data.title,
      summary: t.feed.productSummary({
        status: v.statusWords[p.data.status].label,
        type: v.productTypes[p.data.type],
        wording: p.data.statusWording,
        whereFound: p.data.whereFound,
        lots: p.data.lots.map((l) => l.lot),
      }),
      category: t.kinds.product,
      published: p.data.published,
      updated: p.data.updated,
      change: p.data.updated ? lastChange(p.data.changelog) : undefined,
    })),
  ];
  const xml = atomFeed({
    title: scope.title,
    author: t.siteName,
    language: LANG_TAG[lang],
    updatedPrefix: t.feedUpdated,
    site: abs(scope.page),
    self: abs(scope.self),
    items,
    licence: `${LICENCE.short}: ${LICENCE.url}`,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

/** The whole site's feed. */
export async function feedResponse(lang: Lang, site: URL): Promise<Response> {
  const data = await loadSite(lang);
  return feedFor(lang, site, { title: ui(lang).siteName, self: paths.feed, page: paths.home, products: data.products, cases: data.cases });
}

/** One brand's feed: its records and the cases they belong to. */
export async function brandFeedResponse(lang: Lang, site: URL, brandId: string): Promise<Response> {
  const data = await loadSite(lang);
  const summary = brandSummary(data, data.brands.get(brandId)!);
  const t = ui(lang);
  return feedFor(lang, site, {
    title: `${t.brandPage.feedTitle(summary.brand.data.name)} | ${t.siteName}`,
    self: paths.brandFeed(brandId),
    page: paths.brand(brandId),
    products: summary.records,
    cases: summary.cases,
  });
}

/** One country's feed: its records and cases. */
export async function countryFeedResponse(lang: Lang, site: URL, country: CountryCode): Promise<Response> {
  const data = await loadSite(lang);
  const summary = countrySummary(data, country);
  const t = ui(lang);
  return feedFor(lang, site, {
    title: `${t.countryPage.feedTitle(vocab(lang).countries[country])} | ${t.siteName}`,
    self: paths.countryFeed(country),
    page: paths.country(country),
    products: summary.records,
    cases: summary.cases,
  });
}

/** Fetched by the search page only when a query looks like a lot number. */
export async function lotLookupResponse(lang: Lang): Promise<Response> {
  const site = await loadSite(lang);
  const v = vocab(lang);
  const byId = new Map(site.products.map((p) => [p.id, p]));
  const table = lotLookup(
    await loadLots(),
    (id) => {
      const product = byId.get(id)!;
      return { title: product.data.title, status: v.statusWords[product.data.status].label };
    },
    (path) => localisePath(path, lang),
  );
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
}

/**
 * Every searchable page's title and kind line in one language, keyed by its
 * language-neutral path. The search page fetches it only when a result was
 * matched in another edition, to show that result in the reader's language.
 */
export async function pageTitlesResponse(lang: Lang): Promise<Response> {
  const site = await loadSite(lang);
  const t = ui(lang);
  const v = vocab(lang);
  const titles: Record<string, { title: string; kind: string }> = {};
  for (const c of site.cases) titles[paths.case(c.id)] = { title: c.data.title, kind: t.kinds.case };
  for (const r of site.risks) titles[paths.risk(r.id)] = { title: r.data.title, kind: t.kinds.risk };
  for (const p of site.products)
    titles[paths.product(p.id)] = { title: p.data.title, kind: `${t.kinds.product} · ${v.statusWords[p.data.status].label}` };
  for (const lot of await loadLots()) titles[paths.lot(lot.key)] = { title: t.lot.title(lot.normalised), kind: t.kinds.lot };
  return new Response(JSON.stringify(titles), { headers: { 'Content-Type': 'application/json' } });
}
