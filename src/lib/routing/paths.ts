/**
 * Every address the site publishes, written once. Paths here are neutral
 * (default-language); a page turns one into its own language with `href()`
 * (Astro.locals.language), and `localisePath` does it for a given language.
 * The route files under src/pages/[...lang]/ serve exactly these addresses;
 * the link checker in the tests proves every link resolves.
 */

/** A list page's n-th page: page 1 is the list itself. */
const listPage = (base: string) => (page: number) => (page <= 1 ? base : `${base}page/${page}/`);

export const paths = {
  home: '/',
  cases: '/cases/',
  case: (id: string) => `/cases/${id}/`,
  risks: '/risks/',
  risk: (id: string) => `/risks/${id}/`,
  products: '/products/',
  product: (id: string) => `/products/${id}/`,
  registerPage: listPage('/products/'),
  brands: '/brands/',
  brand: (id: string) => `/brands/${id}/`,
  brandFeed: (id: string) => `/brands/${id}/feed.xml`,
  countries: '/countries/',
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  countryFeed: (code: string) => `/countries/${code.toLowerCase()}/feed.xml`,
  coverage: '/coverage/',
  lots: '/lots/',
  lot: (key: string) => `/lots/${key}/`,
  search: '/search/',
  methodology: '/methodology/',
  about: '/about/',
  /** The About page's section on corrections and suggestions. */
  suggestCorrection: '/about/#corrections-and-suggestions',
  corrections: '/corrections/',
  data: '/data/',
  dataFile: (file: string) => `/data/${file}`,
  dataSchema: (file: string) => `/data/schema/${file}.schema.json`,
  feed: '/feed.xml',
  /** The lot lookup and page titles that the search page fetches. */
  lotLookup: '/lots.json',
  titles: '/titles.json',
  shareImage: (kind: 'cases' | 'products' | 'risks', id: string) => `/share/${kind}/${id}.png`,
  sitemap: '/sitemap-index.xml',
  favicon: '/favicon.svg',
  notFound: '/404.html',
  /** Pagefind's bundle; browser scripts build absolute URLs from it. */
  pagefind: '/pagefind/',
} as const;

/**
 * The explainers other pages link to by name. The build fails if one of
 * these ids has no explainer (src/lib/content/load.ts), so a renamed
 * explainer cannot leave dead links behind.
 */
export const NAMED_EXPLAINERS = {
  dangerSigns: 'danger-signs',
  howToReport: 'how-to-report',
  howToCheckAProduct: 'how-to-check-a-product',
  howToCheckAnInjector: 'how-to-check-an-injector',
  lotNumbers: 'lot-numbers',
} as const;

export const explainer = Object.fromEntries(Object.entries(NAMED_EXPLAINERS).map(([name, id]) => [name, paths.risk(id)])) as Record<
  keyof typeof NAMED_EXPLAINERS,
  string
>;

/** Where the Internet Archive lists its copies of a page. */
export function archiveUrl(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}
