/**
 * Search runs over every edition's index at once. A page and its twins are
 * one answer: keep the reader's-language copy where several matched, and where
 * only another edition's copy matched (a word that appears only in that
 * language), link to the reader's twin and say where the match was.
 */
import { editionOfPath, localisePathIn, neutralPathIn, type EditionAddress } from '../../i18n/addresses.browser.ts';

export interface LanguageResult<T> {
  data: T;
  /** Where the result card links: always the page in the reader's language. */
  url: string;
  /** The match was found in another edition's text (the excerpt is in that language): its tag. */
  matchedIn?: string | undefined;
}

export function preferReaderLanguage<T extends { url: string }>(
  results: T[],
  reader: EditionAddress,
  editions: EditionAddress[],
): LanguageResult<T>[] {
  const isReaders = (url: string) => editionOfPath(url, editions).prefix === reader.prefix;
  const chosen = new Map<string, T>();
  for (const result of results) {
    const key = neutralPathIn(result.url, editions);
    const current = chosen.get(key);
    if (!current || (!isReaders(current.url) && isReaders(result.url))) chosen.set(key, result);
  }
  // Keep the ranking: each page sits where its best-ranked copy was.
  const order = [...new Set(results.map((r) => neutralPathIn(r.url, editions)))];
  return order.map((key) => {
    const data = chosen.get(key)!;
    return {
      data,
      url: localisePathIn(data.url, reader, editions),
      matchedIn: isReaders(data.url) ? undefined : editionOfPath(data.url, editions).tag,
    };
  });
}
