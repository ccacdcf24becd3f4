/**
 * The machine-read files that exist once per language: the Atom feed, the lot
 * lookup and page titles the search page fetches, and the share images. Each
 * route file under src/pages/[...lang]/ is one line that calls these.
 */
import { loadLots, loadSite } from '../content/load.ts';
import { atomFeed, type FeedItem } from './feed.ts';
import { lotLookup } from '../search/lot-index.ts';
import { LICENCE } from '../routing/site.ts';
import { paths } from '../routing/paths.ts';
import { LANG_TAG, localisePath, type Lang } from '../../i18n/languages.ts';
import { ui } from '../../i18n/ui.ts';
import { vocab } from '../../i18n/vocabulary.ts';

/** New and updated cases and register records, newest first. */
export async function feedResponse(lang: Lang, site: URL): Promise<Response> {
  const data = await loadSite(lang);
  const t = ui(lang);
  const v = vocab(lang);
  const abs = (path: string) => new URL(localisePath(path, lang), site).href;
  const lastChange = (log: { date: Date; change: string }[]) => [...log].sort((a, b) => b.date.valueOf() - a.date.valueOf())[0]?.change;
  const items: FeedItem[] = [
    ...data.cases.map((c) => ({
      url: abs(paths.case(c.id)),
      title: c.data.title,
      summary: c.data.summary,
      category: t.kinds.case,
      published: c.data.published,
      updated: c.data.updated,
      change: c.data.updated ? lastChange(c.data.changelog) : undefined,
    })),
    ...data.products.map((p) => ({
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
    title: t.siteName,
    language: LANG_TAG[lang],
    updatedPrefix: t.feedUpdated,
    site: abs(paths.home),
    self: abs(paths.feed),
    items,
    licence: `${LICENCE.short}: ${LICENCE.url}`,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
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
