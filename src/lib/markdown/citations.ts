/**
 * In-text citations. Content writes `[@source-id]` or `[@one; @two]`; each
 * marker becomes numbered links to the page's own source list, numbered in the
 * order of the front-matter `sources` array, so the numbers in the text and in
 * the list always agree.
 */

export const CITATION_PATTERN = /\[@([a-z0-9][a-z0-9-]*(?:\s*;\s*@[a-z0-9][a-z0-9-]*)*)\]/g;

export type TextPart = { kind: 'text'; value: string } | { kind: 'cite'; ids: string[] };

/** Split text into plain runs and citation markers. */
export function splitCitations(value: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of value.matchAll(CITATION_PATTERN)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', value: value.slice(last, start) });
    const ids = (match[1] ?? '').split(';').map((id) => id.trim().replace(/^@/, ''));
    parts.push({ kind: 'cite', ids });
    last = start + match[0].length;
  }
  if (last < value.length) parts.push({ kind: 'text', value: value.slice(last) });
  return parts;
}

/** Front matter may hold plain ids or already-resolved `{ id, collection }` references. */
export function sourceIdsFrom(frontmatterSources: unknown): string[] {
  if (!Array.isArray(frontmatterSources)) return [];
  return frontmatterSources.map((entry) =>
    typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : String(entry),
  );
}

export class CitationError extends Error {}

/**
 * The footnote number of each cited id. Throws when a page cites a source it
 * does not list, so a reader can always find what a number points to.
 */
export function numberCitations(ids: string[], pageSources: string[], file = 'this page'): number[] {
  return ids.map((id) => {
    const index = pageSources.indexOf(id);
    if (index === -1) {
      throw new CitationError(
        `${file}: cites [@${id}] but "${id}" is not in its front-matter "sources" list` +
          (pageSources.length ? ` (listed: ${pageSources.join(', ')})` : ''),
      );
    }
    return index + 1;
  });
}

/** The anchor of source number n in a page's source list. */
export const sourceAnchor = (n: number) => `source-${n}`;
