/**
 * Pure helpers for the search page, shared by the browser script and tests.
 */

/** Longest query we send to the index; longer input is cut, never an error. */
export const MAX_QUERY_LENGTH = 200;

/** Read the query from a URL's search string; a malformed escape such as a lone `%` never throws. */
export function readQuery(search: string): string {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of raw.split('&')) {
    const [key, ...rest] = pair.split('=');
    if (key !== 'q') continue;
    const value = rest.join('=').replace(/\+/g, ' ');
    try {
      return cleanQuery(decodeURIComponent(value));
    } catch {
      return cleanQuery(value);
    }
  }
  return '';
}

/** Trim, collapse whitespace, drop control characters and cap the length. */
export function cleanQuery(value: string): string {
  return (
    value
      // Control characters typed or pasted into the box are never searched for.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
  );
}

/**
 * Split a Pagefind excerpt into plain and highlighted runs. Pagefind marks hits
 * with <mark>; everything else is treated as text (entities decoded by the caller).
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  const pieces = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const piece of pieces) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: piece, marked });
  }
  return parts;
}

/** Lowercase words of a query, without punctuation; CJK runs stay whole. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .normalize('NFKC')
    .split(/[\s,;:!?()"“”'‘’<>[\]{}|/\\+=*&^%$#@~`]+/)
    .map((t) => t.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);
}

/** Strip a common English ending, so "counterfeits" still matches "counterfeit". */
function lightStem(term: string): string {
  return term.replace(/(?:ies|es|s|ed|ing)$/, '') || term;
}

/**
 * Does a result's text really contain every word of the query? Pagefind falls
 * back to prefix matches for unknown words ("Donghai" can match "dosis"), which
 * must not be shown as if they were hits.
 */
export function isStrongMatch(query: string, content: string): boolean {
  const text = content.toLowerCase().normalize('NFKC');
  const compact = text.replace(/[\s\-–—_.·/]+/g, '');
  return queryTerms(query).every((term) => {
    if (text.includes(term) || text.includes(lightStem(term))) return true;
    // Codes typed with or without separators: "c3709 c3" is one lot.
    return /\d/.test(term) && compact.includes(term.replace(/[\s\-–—_.·/]+/g, ''));
  });
}
