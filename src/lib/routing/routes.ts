/**
 * getStaticPaths for the pages that exist once per entry, in each language.
 * The English and Chinese route files call the same function, so the two
 * editions always have the same set of pages.
 */
import type { Lang } from '../../i18n/languages';
import { loadLots, loadSite } from '../content/load';
import { PAGE_SIZE } from './pagination';

export async function casePaths(lang: Lang) {
  const site = await loadSite(lang);
  return site.cases.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export async function riskPaths(lang: Lang) {
  const site = await loadSite(lang);
  return site.risks.map((risk) => ({ params: { slug: risk.id }, props: { risk } }));
}

export async function productPaths(lang: Lang) {
  const site = await loadSite(lang);
  return site.products.map((product) => ({ params: { slug: product.id }, props: { product } }));
}

export async function lotPaths() {
  const lots = await loadLots();
  return lots.map((entry) => ({ params: { lot: entry.key }, props: { entry } }));
}

/** Pages 2… of the register (page 1 is /products/ itself). */
export async function registerPagePaths() {
  const site = await loadSite('en');
  const pages = Math.ceil(site.products.length / PAGE_SIZE);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 } }));
}
