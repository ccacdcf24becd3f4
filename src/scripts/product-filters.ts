/**
 * Enhancement for /products/: filter and sort every record through the
 * Pagefind index. Without JavaScript the paginated lists stay as they are.
 * Cards are clones of the page's own card template (ProductCardView), so
 * they look exactly like the cards built at build time.
 */
import { loadPagefind, type PagefindResultData as ResultData } from './pagefind.ts';
import { preferReaderLanguage } from '../lib/search/editions.browser.ts';
import { filterCountText } from '../lib/search/results.browser.ts';
import { readEditions, readStrings } from '../i18n/client.browser.ts';

const FILTERS = ['type', 'status', 'country', 'year'] as const;
const ROWS = [
  ['type', 'type'],
  ['lots', 'lots'],
  ['foundIn', 'countries'],
  ['alert', 'alert'],
] as const;

/** One card from the template, filled with a result's metadata; rows without a value are removed. */
export function fillProductCard(template: HTMLTemplateElement, data: ResultData, url: string): HTMLLIElement {
  const li = document.createElement('li');
  li.append(template.content.cloneNode(true));
  const link = li.querySelector<HTMLAnchorElement>('[data-slot="link"]')!;
  link.href = url;
  link.textContent = data.meta['title'] ?? url;
  const status = li.querySelector<HTMLElement>('[data-slot="status"]')!;
  status.textContent = data.meta['badge'] ?? data.meta['status'] ?? '';
  const tone = data.meta['tone'] === 'fake' ? status.dataset['toneFake'] : status.dataset['toneCaution'];
  status.className = `${status.className.replace(/border-\[var\(--\w+\)\] text-\[var\(--\w+\)\]/, '')} ${tone ?? ''}`.trim();
  for (const [row, meta] of ROWS) {
    const value = data.meta[meta];
    const slot = li.querySelector<HTMLElement>(`[data-slot="${row}"]`);
    if (!slot) continue;
    if (value) slot.textContent = value;
    else li.querySelector(`[data-row="${row}"]`)?.remove();
  }
  return li;
}

export function runProductFilters(): void {
  const form = document.querySelector<HTMLFormElement>('#product-filters');
  const results = document.querySelector<HTMLOListElement>('#product-filter-results');
  const staticList = document.querySelector<HTMLElement>('#product-static-list');
  const count = document.querySelector<HTMLElement>('#product-count');
  const template = document.querySelector<HTMLTemplateElement>('#product-card-template');
  if (!form || !results || !staticList || !count || !template) return;
  const initialCount = count.textContent ?? '';
  const text = readStrings(form);
  const editions = readEditions(form);
  form.hidden = false;
  let ticket = 0;

  async function apply(): Promise<void> {
    const data = new FormData(form!);
    const filters: Record<string, string> = { kind: 'product' };
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '');
      if (value) filters[name] = value;
    }
    const sort = String(data.get('sort') ?? 'relevance');
    const mine = ++ticket;
    if (Object.keys(filters).length === 1 && sort === 'relevance') {
      results!.hidden = true;
      results!.replaceChildren();
      staticList!.hidden = false;
      count!.textContent = initialCount;
      return;
    }
    count!.textContent = text.filtering;
    try {
      const pagefind = await loadPagefind(editions);
      const search = await pagefind.search(null, {
        filters,
        ...(sort === 'relevance' ? {} : { sort: { date: sort === 'newest' ? 'desc' : 'asc' } }),
      });
      const all = search ? await Promise.all(search.results.map((r) => r.data())) : [];
      // Every record has a twin in each edition, so the reader's own copy was always found.
      const found = preferReaderLanguage(all, editions.reader, editions.editions);
      if (mine !== ticket) return;
      results!.replaceChildren(...found.map((r) => fillProductCard(template!, r.data, r.url)));
      results!.hidden = false;
      staticList!.hidden = true;
      count!.textContent = filterCountText(text, found.length);
    } catch (error) {
      console.error(error);
      count!.textContent = text.filterFailed;
      results!.hidden = true;
      staticList!.hidden = false;
    }
  }

  form.addEventListener('change', () => void apply());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void apply();
  });
}
