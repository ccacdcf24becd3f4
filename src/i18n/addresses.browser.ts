/**
 * How a page's addresses in different languages relate, as pure functions of
 * a list of editions. The build passes the language registry
 * (src/i18n/languages.ts); browser scripts pass the editions the page lists
 * in its data-editions attribute, so they ship no registry of their own.
 */

export interface EditionAddress {
  /** BCP 47 tag of the edition. */
  tag: string;
  /** Address prefix, '' for the default language. */
  prefix: string;
  /** The language's name in the reader's language ("Chinese" on an English page), for "found in the … edition". */
  label?: string;
  /** The registry's code for the language ("zh"): the key of its texts in the exact-answer index. */
  code?: string;
}

/** The edition a site path belongs to ("/zh/cases/x/" → the Chinese one); the default when no prefix matches. */
export function editionOfPath<E extends EditionAddress>(path: string, editions: readonly E[]): E {
  const prefixed = editions.find((e) => e.prefix !== '' && (path === e.prefix || path.startsWith(`${e.prefix}/`)));
  return prefixed ?? editions.find((e) => e.prefix === '')!;
}

/** The path without its language prefix: the same for a page in every language. */
export function neutralPathIn(path: string, editions: readonly EditionAddress[]): string {
  const { prefix } = editionOfPath(path, editions);
  if (!prefix) return path;
  const rest = path.slice(prefix.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * Each language's "page not found": Astro writes the default one as /404.html
 * (what static hosts serve), the others at <prefix>/404/. They are twins.
 */
export const notFoundPathIn = (edition: EditionAddress) => (edition.prefix === '' ? '/404.html' : `${edition.prefix}/404/`);

/** The address of a page in an edition, from a neutral or localised path; other URLs pass through. */
export function localisePathIn(path: string, target: EditionAddress, editions: readonly EditionAddress[]): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const neutral = neutralPathIn(path, editions);
  if (neutral === '/404.html' || neutral === '/404/') return notFoundPathIn(target);
  return `${target.prefix}${neutral}`;
}
