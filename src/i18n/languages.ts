/**
 * The one registry of the site's languages ("editions"). The Astro config,
 * the routes, the Markdown plugins, redirects, the static server and the
 * scripts all read it; adding a language starts here (docs/architecture.md).
 *
 * The default language lives at the root, every other under its prefix; a
 * page's addresses in two languages differ only by that prefix, so the
 * language switch, hreflang links and search results can always find a
 * page's twin.
 *
 * Plain data and functions only (no Astro, no Vite): Node scripts import this
 * file directly.
 */
import type { LanguageCode } from '../lib/content/vocabulary.ts';
import { editionOfPath, localisePathIn, neutralPathIn, notFoundPathIn, type EditionAddress } from './addresses.browser.ts';

export interface Edition {
  /** BCP 47 tag for `<html lang>`, hreflang, Intl and Pagefind. */
  tag: string;
  /** Address prefix, '' for the default language: '/zh' gives /zh/cases/. */
  prefix: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** The locale Intl formats dates and sorts names with. */
  intl: string;
  /** The language's name in itself, for the language switch. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * The Unicode script its text is written in, when that tells it apart from
   * the default language's (Han for Chinese): a name or a quotation already
   * in that script needs no translation.
   */
  script?: string;
  /** The longest summary a translation may have (Chinese needs fewer characters). */
  summaryMax: number;
  /** A generated test language (pseudo-localisation); built only when FIW_PSEUDO_LOCALE is set. */
  pseudo?: boolean;
}

const REGISTRY = {
  en: { tag: 'en', prefix: '', ogLocale: 'en_GB', intl: 'en-GB', name: 'English', dir: 'ltr', summaryMax: 320 },
  zh: { tag: 'zh-Hans', prefix: '/zh', ogLocale: 'zh_CN', intl: 'zh-Hans', name: '中文', dir: 'ltr', script: 'Han', summaryMax: 200 },
  // Accented, bracketed and about 35% longer English, generated from the English dictionary and content
  // (src/i18n/pseudo.ts, scripts/pseudo-locale.ts) to catch hard-coded strings and layouts that break.
  xa: { tag: 'en-XA', prefix: '/xa', ogLocale: 'en_XA', intl: 'en-GB', name: '[Ƥşḗŭḓǿ]', dir: 'ltr', summaryMax: 500, pseudo: true },
} as const satisfies Record<string, Edition>;

export type Lang = keyof typeof REGISTRY;
const EDITIONS: Record<Lang, Edition> = REGISTRY;
export const DEFAULT_LANG = 'en' satisfies Lang;
/** Every language code the registry knows, built or not: dictionaries and vocabularies cover all of them. */
export const ALL_LANGS = Object.keys(EDITIONS) as Lang[];

function pseudoEnabled(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return Boolean(env?.['FIW_PSEUDO_LOCALE']);
}

/** The languages this build publishes, the default first. */
export const LANGS: Lang[] = ALL_LANGS.filter((lang) => !EDITIONS[lang].pseudo || pseudoEnabled());

export const edition = (lang: Lang): Edition => EDITIONS[lang];
export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as string[]).includes(value);

/** BCP 47 tags, for `<html lang>`, hreflang and Intl. */
export const LANG_TAG = Object.fromEntries(ALL_LANGS.map((lang) => [lang, EDITIONS[lang].tag])) as Record<Lang, string>;
/** Pagefind names each language's index after the pages' `<html lang>`, lower-cased. */
export const pagefindLanguage = (lang: Lang) => EDITIONS[lang].tag.toLowerCase();

/** The route parameter of a language: undefined for the default (no prefix), else the code. */
export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

/** The language a route parameter names; an unknown value is a bug in a route, so it throws. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return DEFAULT_LANG;
  if (!isLang(param)) throw new Error(`unknown language "${param}" in a route; known: ${LANGS.join(', ')}`);
  return param;
}

/** getStaticPaths for a route that exists once per language. */
export const languagePaths = () => LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: {} }));

const addresses = () => LANGS.map((lang) => ({ lang, ...EDITIONS[lang] }));

/** The language of a site path ("/zh/cases/x/" → "zh"), for tools that only have an address. */
export const langFromPath = (path: string): Lang => editionOfPath(path, addresses()).lang;

/** The path without its language prefix: the same for a page in every language. */
export const neutralPath = (path: string): string => neutralPathIn(path, addresses());

/** Each language's "page not found" (/404.html for the default, <prefix>/404/ for the others). */
export const notFoundPath = (lang: Lang) => notFoundPathIn(EDITIONS[lang]);

/** The address of a page in a language, from a neutral or localised path. */
export const localisePath = (path: string, lang: Lang): string => localisePathIn(path, EDITIONS[lang], addresses());

/** What browser scripts need to relate addresses across editions (rendered as data-editions). */
export const browserEditions = (label: (lang: Lang) => string = () => ''): EditionAddress[] =>
  LANGS.map((lang) => ({ tag: EDITIONS[lang].tag, prefix: EDITIONS[lang].prefix, label: label(lang), code: lang }));

/** The page's address in every language, for hreflang links and the language switch. */
export function alternates(path: string): { lang: Lang; path: string }[] {
  return LANGS.map((lang) => ({ lang, path: localisePath(path, lang) }));
}

/** Whether a language tag (of a source, a quotation) is the reader's language: 'zh-Hant' for a Chinese reader, say. */
export function sameLanguage(tag: string, lang: Lang): boolean {
  const primary = (t: string) => t.toLowerCase().split('-')[0];
  return primary(tag) === primary(EDITIONS[lang].tag) && !EDITIONS[lang].pseudo;
}

/** Whether text is already written in the reader's script (Chinese characters for a Chinese reader). */
export function inReaderScript(text: string, lang: Lang): boolean {
  const script = EDITIONS[lang].script;
  return script !== undefined && new RegExp(`\\p{Script=${script}}`, 'u').test(text);
}

/** The vocabulary's code for a language ("zh" for Simplified Chinese), to name it in another language. */
export const languageOf = (lang: Lang): LanguageCode => EDITIONS[lang].tag.split('-')[0] as LanguageCode;

/** The languages that have translation folders: content/<lang>/<collection>/. */
export const TRANSLATED_LANGS: Lang[] = LANGS.filter((lang) => lang !== DEFAULT_LANG);
