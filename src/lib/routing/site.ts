import { paths } from './paths.ts';

export const SITE_NAME = 'Fake Injectables Watch';

/** The main navigation; labels come from each language's dictionary. */
export const NAV = [
  { href: paths.cases, key: 'cases' },
  { href: paths.risks, key: 'risks' },
  { href: paths.products, key: 'products' },
  { href: paths.search, key: 'search' },
] as const;

/** Is `path` the section `href` or inside it? Used to mark the current nav item. */
export function inSection(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(href);
}

/** One licence for all text and data, stated once. */
export const LICENCE = {
  name: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
