/**
 * Enhancement for /products/: filter and sort every record through the
 * Pagefind index. Without JavaScript the paginated lists stay as they are.
 */
import { loadPagefind, type PagefindResultData as ResultData } from './pagefind';
import { preferReaderLanguage } from '../lib/search/editions.browser';
import { langFromPath } from '../i18n/languages';
import { fill, readStrings, type ScriptStrings } from '../i18n/client.browser';

const lang = langFromPath(location.pathname);

const FILTERS = ['type', 'status', 'country', 'year'] as const;

function card(data: ResultData, text: ScriptStrings): HTMLLIElement {
  // Every record has a twin in each edition, so the reader's own copy was always found.
  const li = document.createElement('li');
  const article = document.createElement('article');
  article.className = 'card p-4 flex flex-col gap-2 h-full';
  const heading = document.createElement('h3');
  heading.className = 'text-lg font-bold m-0 leading-snug';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const status = document.createElement('p');
  status.className = 'm-0 text-sm font-bold uppercase tracking-wide';
  status.textContent = data.meta['status'] ?? '';
  const details = document.createElement('dl');
  details.className = 'm-0 text-[0.95rem] grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5';
  for (const [label, key] of [[text.cardType, 'type'], [text.cardLots, 'lots'], [text.cardFoundIn, 'countries'], [text.cardAlert, 'alert']] as const) {
    const value = data.meta[key];
    if (!value) continue;
    const dt = document.createElement('dt');
    dt.className = 'muted';
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.className = key === 'lots' ? 'm-0 lot break-all' : 'm-0';
    dd.textContent = value;
    details.append(dt, dd);
  }
  article.append(heading, status, details);
  li.append(article);
  return li;
}

export function runProductFilters(): void {
  const form = document.querySelector<HTMLFormElement>('#product-filters');
  const results = document.querySelector<HTMLOListElement>('#product-filter-results');
  const staticList = document.querySelector<HTMLElement>('#product-static-list');
  const count = document.querySelector<HTMLElement>('#product-count');
  if (!form || !results || !staticList || !count) return;
  const initialCount = count.textContent ?? '';
  const text = readStrings(form);
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
      const pagefind = await loadPagefind();
      const search = await pagefind.search(null, {
        filters,
        ...(sort === 'relevance' ? {} : { sort: { date: sort === 'newest' ? 'desc' : 'asc' } }),
      });
      const all = search ? await Promise.all(search.results.map((r) => r.data())) : [];
      const found = preferReaderLanguage(all, lang).map((r) => ({ ...r.data, url: r.url }));
      if (mine !== ticket) return;
      results!.replaceChildren(...found.map((data) => card(data, text)));
      results!.hidden = false;
      staticList!.hidden = true;
      count!.textContent = found.length === 1 ? text.filteredOne : fill(text.filteredMany, { n: found.length });
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
