/**
 * The machine-read files that exist once per language: the Atom feed, the lot
 * lookup the search page fetches, and the share images. Each route file in
 * src/pages and src/pages/zh is one line that calls these.
 */
import { loadLots, loadSite } from '../content/load';
import { atomFeed, type FeedItem } from './feed';
import { lotLookup } from '../search/lot-index';
import { renderShareImage, type ShareCard } from './share-image';
import { LICENCE } from '../routing/site';
import { STATUS_WORDS } from '../content/vocabulary';
import { LANG_TAG, localisePath, type Lang } from '../../i18n/languages';
import { ui } from '../../i18n/ui';
import { vocab } from '../../i18n/vocabulary';

/** New and updated cases and register records, newest first. */
export async function feedResponse(lang: Lang, site: URL): Promise<Response> {
  const data = await loadSite(lang);
  const t = ui(lang);
  const v = vocab(lang);
  const abs = (path: string) => new URL(localisePath(path, lang), site).href;
  const lastChange = (log: { date: Date; change: string }[]) => [...log].sort((a, b) => b.date.valueOf() - a.date.valueOf())[0]?.change;
  const items: FeedItem[] = [
    ...data.cases.map((c) => ({
      url: abs(`/cases/${c.id}/`),
      title: c.data.title,
      summary: c.data.summary,
      category: t.kinds.case,
      published: c.data.published,
      updated: c.data.updated,
      change: c.data.updated ? lastChange(c.data.changelog) : undefined,
    })),
    ...data.products.map((p) => ({
      url: abs(`/products/${p.id}/`),
      title: p.data.title,
      summary:
        `${v.statusWords[p.data.status].label}${t.punct.space}${lang === 'en' ? v.productTypes[p.data.type].toLowerCase() : v.productTypes[p.data.type]}${t.punct.colon}` +
        (p.data.statusWording ? `${t.punct.quoteOpen}${p.data.statusWording}${t.punct.quoteClose}${t.punct.fullStop}${t.punct.space}` : '') + p.data.whereFound +
        (p.data.lots.length ? `${t.punct.space}${t.lotTable.lot}${t.punct.colon}${p.data.lots.map((l) => l.lot).join(', ')}${t.punct.fullStop}` : ''),
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
    site: abs('/'),
    self: abs('/feed.xml'),
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

/** One share image per case and per register record, with the words of its language. */
export async function shareCards(lang: Lang) {
  const site = await loadSite(lang);
  const t = ui(lang);
  const v = vocab(lang);
  const cards: { params: { path: string }; props: { card: ShareCard } }[] = [];
  for (const entry of site.cases) {
    cards.push({
      params: { path: `cases/${entry.id}` },
      props: { card: { label: t.kinds.case, title: entry.data.title, status: entry.data.countries.map((c) => v.countries[c]).join(t.punct.list), tone: 'neutral', siteName: t.siteName } },
    });
  }
  for (const product of site.products) {
    const family = STATUS_WORDS[product.data.status].family;
    const word = v.statusWords[product.data.status].label;
    const status = family === 'unapproved' && product.data.statusCountry ? t.status.inCountry(word, v.countries[product.data.statusCountry]) : word;
    cards.push({
      params: { path: `products/${product.id}` },
      props: { card: { label: t.register.eyebrow, title: product.data.title, status, tone: family === 'fake' ? 'fake' : 'caution', siteName: t.siteName } },
    });
  }
  return cards;
}

export async function shareImageResponse(card: ShareCard): Promise<Response> {
  return new Response(new Uint8Array(await renderShareImage(card)), { headers: { 'Content-Type': 'image/png' } });
}

/**
 * Every searchable page's title and kind line in one language, keyed by its
 * language-neutral path. The search page fetches it only when a result was
 * matched in the other edition, to show that result in the reader's language.
 */
export async function pageTitlesResponse(lang: Lang): Promise<Response> {
  const site = await loadSite(lang);
  const t = ui(lang);
  const v = vocab(lang);
  const titles: Record<string, { title: string; kind: string }> = {};
  for (const c of site.cases) titles[`/cases/${c.id}/`] = { title: c.data.title, kind: t.kinds.case };
  for (const r of site.risks) titles[`/risks/${r.id}/`] = { title: r.data.title, kind: t.kinds.risk };
  for (const p of site.products) titles[`/products/${p.id}/`] = { title: p.data.title, kind: `${t.kinds.product} · ${v.statusWords[p.data.status].label}` };
  for (const lot of await loadLots()) titles[`/lots/${lot.key}/`] = { title: t.lot.title(lot.normalised), kind: t.kinds.lot };
  return new Response(JSON.stringify(titles), { headers: { 'Content-Type': 'application/json' } });
}
