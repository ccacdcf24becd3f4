/**
 * One rule for matching lot and batch numbers, used at build time and in the
 * browser: case, spaces, hyphens and similar separators do not matter, so
 * "C3709C3", "c3709 c3" and "C37-09C3" are the same lot.
 */
export function normaliseLot(value: string): string {
  return value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.·/\\]+/g, '');
}

/** The URL-safe key of a lot, used in /lots/<key>/. */
export function lotKey(value: string): string {
  return normaliseLot(value)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** True when a query is shaped like a lot number: letters and digits, with at least one digit. */
export function looksLikeLot(query: string): boolean {
  const compact = normaliseLot(query);
  return compact.length >= 4 && compact.length <= 24 && /\d/.test(compact) && /^[A-Z0-9]+$/.test(compact);
}
