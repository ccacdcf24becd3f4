/** Facts about a record's quotations that pages, parity rules and tests share. */

interface Quoted {
  statusWording?: unknown;
  authorityWords?: unknown;
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/** The quotation a record's status word is taken from (the build checks that one contains it). */
export function wordingQuotation(data: Quoted): { text: string; lang: string } | undefined {
  if (typeof data.statusWording !== 'string' || !data.statusWording.trim()) return undefined;
  const wording = fold(data.statusWording);
  const quotes = Array.isArray(data.authorityWords) ? (data.authorityWords as { text?: unknown; lang?: unknown }[]) : [];
  const found = quotes.find((q) => typeof q.text === 'string' && fold(q.text).includes(wording));
  return found ? { text: String(found.text), lang: String(found.lang) } : undefined;
}

/** The language the authority's word for a status is written in: that of its quotation. */
export const wordingLanguage = (data: Quoted): string | undefined => wordingQuotation(data)?.lang;
