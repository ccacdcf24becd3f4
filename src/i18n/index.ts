/**
 * What a component needs to speak the page's language. The language is
 * decided once per page, by its route (src/middleware.ts reads the route's
 * `lang` parameter), and read everywhere from `Astro.locals.language`.
 */
import { edition, localisePath, type Edition, type Lang } from './languages.ts';
import { ui, type Dictionary } from './ui.ts';
import { vocab, type Vocabulary } from './vocabulary.ts';

export interface PageLanguage {
  lang: Lang;
  edition: Edition;
  t: Dictionary;
  v: Vocabulary;
  /** A site path in the page's language: href('/cases/') is '/zh/cases/' on a Chinese page. */
  href: (path: string) => string;
}

const cache = new Map<Lang, PageLanguage>();
export function speak(lang: Lang): PageLanguage {
  let language = cache.get(lang);
  if (!language) {
    language = { lang, edition: edition(lang), t: ui(lang), v: vocab(lang), href: (path) => localisePath(path, lang) };
    cache.set(lang, language);
  }
  return language;
}

export * from './languages.ts';
export { ui, type Dictionary } from './ui.ts';
export { vocab, type Vocabulary } from './vocabulary.ts';
