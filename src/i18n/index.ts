/** What a component needs to speak the page's language. */
import { langFromPath, localisePath, type Lang } from './languages';
import { ui, type Dictionary } from './ui';
import { vocab, type Vocabulary } from './vocabulary';

export interface PageLanguage {
  lang: Lang;
  t: Dictionary;
  v: Vocabulary;
  /** A site path in the page's language: href('/cases/') is '/zh/cases/' on a Chinese page. */
  href: (path: string) => string;
}

export function pageLanguage(url: URL): PageLanguage {
  const lang = langFromPath(url.pathname);
  return { lang, t: ui(lang), v: vocab(lang), href: (path) => localisePath(path, lang) };
}

export { LANGS, LANG_TAG, LANG_NAME, OG_LOCALE, PAGEFIND_LANG, langFromPath, localisePath, neutralPath, alternates, type Lang } from './languages';
export { ui, type Dictionary } from './ui';
export { vocab, type Vocabulary } from './vocabulary';
