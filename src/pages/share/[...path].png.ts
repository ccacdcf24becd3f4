import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/content';
import { renderShareImage, type ShareCard } from '../../lib/share-image';
import { SITE_NAME } from '../../lib/site';
import { COUNTRIES, STATUS_WORDS } from '../../lib/vocabulary';

/** One share image per case and per register record: /share/cases/<id>.png, /share/products/<id>.png. */
export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  const cards: { params: { path: string }; props: { card: ShareCard } }[] = [];
  for (const entry of site.cases) {
    cards.push({
      params: { path: `cases/${entry.id}` },
      props: { card: { label: 'Case', title: entry.data.title, status: entry.data.countries.map((c) => COUNTRIES[c]).join(', '), tone: 'neutral', siteName: SITE_NAME } },
    });
  }
  for (const product of site.products) {
    const word = STATUS_WORDS[product.data.status];
    const status = word.family === 'unapproved' && product.data.statusCountry ? `${word.label} in ${COUNTRIES[product.data.statusCountry]}` : word.label;
    cards.push({
      params: { path: `products/${product.id}` },
      props: { card: { label: 'Register of fake and illegal injectables', title: product.data.title, status, tone: word.family === 'fake' ? 'fake' : 'caution', siteName: SITE_NAME } },
    });
  }
  return cards;
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderShareImage((props as { card: ShareCard }).card)), { headers: { 'Content-Type': 'image/png' } });
