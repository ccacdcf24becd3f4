import type { APIRoute } from 'astro';
import { loadLots, loadSite } from '../lib/content';
import { lotLookup } from '../lib/lot-index';
import { STATUS_WORDS } from '../lib/vocabulary';

/** Fetched by the search page only when a query looks like a lot number. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const byId = new Map(site.products.map((p) => [p.id, p]));
  const table = lotLookup(await loadLots(), (id) => {
    const product = byId.get(id)!;
    return { title: product.data.title, status: STATUS_WORDS[product.data.status].label };
  });
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
};
