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
  return value
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/** The search page's own URL for a query, so every search is a shareable link. */
export function searchUrl(query: string): string {
  const q = cleanQuery(query);
  return q ? `/search/?q=${encodeURIComponent(q).replace(/%20/g, '+')}` : '/search/';
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

export function resultCountText(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
}
