import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content';
import { atomFeed, type FeedItem } from '../lib/feed';
import { LICENCE, SITE_NAME } from '../lib/site';
import { STATUS_WORDS, PRODUCT_TYPES } from '../lib/vocabulary';

/** New and updated cases and register records, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  const abs = (path: string) => new URL(path, site).href;
  const lastChange = (log: { date: Date; change: string }[]) => [...log].sort((a, b) => b.date.valueOf() - a.date.valueOf())[0]?.change;
  const items: FeedItem[] = [
    ...data.cases.map((c) => ({
      url: abs(`/cases/${c.id}/`),
      title: c.data.title,
      summary: c.data.summary,
      category: 'Case',
      published: c.data.published,
      updated: c.data.updated,
      change: c.data.updated ? lastChange(c.data.changelog) : undefined,
    })),
    ...data.products.map((p) => ({
      url: abs(`/products/${p.id}/`),
      title: p.data.title,
      summary: `${STATUS_WORDS[p.data.status].label} ${PRODUCT_TYPES[p.data.type].toLowerCase()}: “${p.data.statusWording}”. ${p.data.whereFound}${p.data.lots.length ? ` Lots: ${p.data.lots.map((l) => l.lot).join(', ')}.` : ''}`,
      category: 'Register record',
      published: p.data.published,
      updated: p.data.updated,
      change: p.data.updated ? lastChange(p.data.changelog) : undefined,
    })),
  ];
  const xml = atomFeed({ title: SITE_NAME, site: abs('/'), self: abs('/feed.xml'), items, licence: `${LICENCE.short}: ${LICENCE.url}` });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
