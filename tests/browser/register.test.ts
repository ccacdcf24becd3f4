import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { builtPages, openPage, useBuiltSite } from './harness.ts';

/** Product ids and titles straight from the content files, not from the built site. */
function contentProducts(): { id: string; title: string }[] {
  return readdirSync('content/products')
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const text = readFileSync(`content/products/${file}`, 'utf8');
      const raw = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? '';
      // YAML quoting: '...' doubles inner single quotes; "..." is kept simple in our content.
      const title = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw.startsWith('"') ? JSON.parse(raw) : raw;
      return { id: file.replace(/\.mdx?$/, ''), title };
    });
}

const site = useBuiltSite();

describe('the register', () => {
  const products = contentProducts();

  it('has a page for every product file, and lists every one on a page of /products/, following its page links', async () => {
    const pages = new Set(builtPages());
    const { page, context } = await openPage(site.browser, site.url, { javaScriptEnabled: false });
    const listed = new Set<string>();
    const visited: string[] = [];
    for (let next: string | null = '/products/'; next;) {
      visited.push(next);
      await page.goto(site.url + next);
      for (const href of await page.$$eval('#product-static-list article h3 a', (links) => links.map((a) => a.getAttribute('href')!)))
        listed.add(href);
      const link = await page.$('nav a[rel="next"]');
      next = link ? await link.getAttribute('href') : null;
      if (visited.length > 100) throw new Error('the register pages do not end');
    }
    // More records than fit on one page: the walk must have followed the pagination.
    expect(products.length).toBeGreaterThan(60);
    expect(visited.length).toBe(Math.ceil(products.length / 60));
    for (const product of products) {
      expect(pages.has(`/products/${product.id}/`), `page for ${product.id}`).toBe(true);
      expect(listed.has(`/products/${product.id}/`), `${product.id} listed on the register`).toBe(true);
    }
    expect(listed.size).toBe(products.length);
    await page.goto(site.url + '/products/');
    await expect(page.locator('#product-count').textContent()).resolves.toContain(String(products.length));
    await context.close();
  });

  it('finds every product by searching its exact name', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(site.url + '/search/');
    // All searches in one go: the index loads once and its chunks are fetched in parallel.
    // A string, so the test runner does not rewrite the browser-side import().
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import(new URL('/pagefind/pagefind.js', location.origin).href);
      const titles = ${JSON.stringify(products.map((p) => p.title))};
      return Promise.all(titles.map(async (title) => {
        const search = await pagefind.search(title);
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => d.url);
      }));
    })()`)) as string[][];
    const missing = products.filter((product, i) => !found[i]!.includes(`/products/${product.id}/`)).map((p) => `${p.id} ("${p.title}")`);
    expect(found).toHaveLength(products.length);
    expect(missing).toEqual([]);
    await context.close();
  });
});
