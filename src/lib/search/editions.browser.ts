/**
 * Search runs over both editions' indexes at once. A page and its twin are
 * one answer: keep the reader's-language copy where both matched, and where
 * only the other edition's copy matched (a word that appears only in the
 * other language), link to the reader's twin and say where the match was.
 */
import { langFromPath, localisePath, neutralPath, type Lang } from '../../i18n/languages';

export interface LanguageResult<T> {
  data: T;
  /** Where the result card links: always the page in the reader's language. */
  url: string;
  /** The match was found in the other edition's text (the excerpt is in that language). */
  matchedInOtherLanguage: boolean;
}

export function preferReaderLanguage<T extends { url: string }>(results: T[], lang: Lang): LanguageResult<T>[] {
  const chosen = new Map<string, T>();
  for (const result of results) {
    const key = neutralPath(result.url);
    const current = chosen.get(key);
    if (!current || (langFromPath(current.url) !== lang && langFromPath(result.url) === lang)) chosen.set(key, result);
  }
  // Keep the ranking: each page sits where its best-ranked copy was.
  const order = [...new Set(results.map((r) => neutralPath(r.url)))];
  return order.map((key) => {
    const data = chosen.get(key)!;
    return { data, url: localisePath(data.url, lang), matchedInOtherLanguage: langFromPath(data.url) !== lang };
  });
}
