/**
 * getStaticPaths for every route under src/pages/[...lang]/: each page exists
 * once per language of the registry, so the editions always have the same set
 * of pages. The `lang` parameter is the only place a page's language is
 * decided; src/middleware.ts hands it to every component.
 */
import { LANGS, langParam, type Lang } from '../../i18n/languages.ts';
import { loadLots, loadSite } from '../content/load.ts';
import { PAGE_SIZE } from './pagination.ts';
import { brandSummaries, countryCodes } from '../content/aggregates.ts';

/** One page per language, with props built for that language. */
async function perLanguage<P extends Record<string, unknown>, Extra extends Record<string, string | undefined>>(
  make: (lang: Lang) => Promise<{ params: Extra; props: P }[]> | { params: Extra; props: P }[],
) {
  const all = await Promise.all(
    LANGS.map(async (lang) => (await make(lang)).map(({ params, props }) => ({ params: { ...params, lang: langParam(lang) }, props }))),
  );
  return all.flat();
}

/**
 * A benchmark's switch (scripts/bench.mjs): with FIW_BUILD_ONLY=search, a
 * register of 20,000 records builds the search page, the lists and the
 * exact-answer index, without one page per record, case, lot, brand or country.
 */
export const SEARCH_ONLY = process.env.FIW_BUILD_ONLY === 'search';

/** One page per entry and language (none in a search-only benchmark build). */
const perEntry: typeof perLanguage = (make) => (SEARCH_ONLY ? Promise.resolve([]) : perLanguage(make));

/** Routes with no other parameter: the home page, lists, search, feeds. */
export const languagePaths = () => perLanguage(() => [{ params: {}, props: {} }]);

/** Routes that exist only outside the default language (its twin is a root file, such as /404.html). */
export const translatedLanguagePaths = async () => (await languagePaths()).filter((path) => path.params.lang !== undefined);

export const casePaths = () =>
  perEntry(async (lang) => (await loadSite(lang)).cases.map((entry) => ({ params: { slug: entry.id }, props: { entry } })));

export const riskPaths = () =>
  perEntry(async (lang) => (await loadSite(lang)).risks.map((risk) => ({ params: { slug: risk.id }, props: { risk } })));

export const productPaths = () =>
  perEntry(async (lang) => (await loadSite(lang)).products.map((product) => ({ params: { slug: product.id }, props: { product } })));

export const lotPaths = () => perEntry(async () => (await loadLots()).map((entry) => ({ params: { lot: entry.key }, props: { entry } })));

/** Pages 2… of the register (page 1 is /products/ itself). */
export const registerPagePaths = () =>
  perEntry(async (lang) => {
    const pages = Math.ceil((await loadSite(lang)).products.length / PAGE_SIZE);
    return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 } }));
  });

export const brandPaths = () =>
  perEntry(async (lang) => brandSummaries(await loadSite(lang)).map((s) => ({ params: { brand: s.brand.id }, props: { brand: s.brand } })));

/** Country pages use the lowercase ISO code in the address (/countries/es/). */
export const countryPaths = () =>
  perEntry(async (lang) =>
    countryCodes(await loadSite(lang)).map((country) => ({ params: { country: country.toLowerCase() }, props: { country } })),
  );
