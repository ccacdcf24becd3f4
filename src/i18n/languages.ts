/**
 * The site's languages and how their addresses relate. English lives at the
 * root, Chinese under /zh/; every page has one address in each language that
 * differs only by that prefix, so the language switch, hreflang links and
 * search results can always find a page's twin.
 */

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for `<html lang>`, hreflang and Intl. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };
/** Open Graph locales. */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_GB', zh: 'zh_CN' };
/** Each language's name in itself, for the language switch. */
export const LANG_NAME: Record<Lang, string> = { en: 'English', zh: '中文' };
/** Pagefind names each language's index after the pages' `<html lang>`, lower-cased. */
export const PAGEFIND_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-hans' };

const PREFIX: Record<Lang, string> = { en: '', zh: '/zh' };

/** The language of a site path ("/zh/cases/x/" → "zh"). */
export function langFromPath(path: string): Lang {
  return path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
}

/** The path without its language prefix: the same for a page in every language. */
export function neutralPath(path: string): string {
  if (langFromPath(path) === 'en') return path;
  const rest = path.slice(3);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * Astro writes only the root "not found" page as /404.html; the Chinese one is
 * /zh/404/. They are each other's twins.
 */
const NOT_FOUND: Record<Lang, string> = { en: '/404.html', zh: '/zh/404/' };

/** The address of a page in a language, from a neutral or localised path. */
export function localisePath(path: string, lang: Lang): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const neutral = neutralPath(path);
  if (neutral === '/404.html' || neutral === '/404/') return NOT_FOUND[lang];
  return `${PREFIX[lang]}${neutral}`;
}

/** The page's address in every language, for hreflang links and the language switch. */
export function alternates(path: string): { lang: Lang; path: string }[] {
  return LANGS.map((lang) => ({ lang, path: localisePath(path, lang) }));
}
