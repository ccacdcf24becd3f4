/** Static pagination for long lists: every page is plain HTML at a stable URL. */
export const PAGE_SIZE = 60;

export interface PageSlice<T> {
  items: T[];
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
}

export function paginate<T>(items: T[], page: number, size = PAGE_SIZE): PageSlice<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  const slice = items.slice(start, start + size);
  return { items: slice, page: current, pages, first: slice.length ? start + 1 : 0, last: start + slice.length, total: items.length };
}

/** Page numbers to show: first, last, and a window around the current page; 0 marks a gap. */
export function pageWindow(page: number, pages: number, radius = 2): number[] {
  const shown = new Set([1, pages]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: number[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(0);
    out.push(p);
  });
  return out;
}
