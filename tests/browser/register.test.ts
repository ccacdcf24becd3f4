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

  it('has a page for every product file, and lists every one on /products/', async () => {
    const pages = new Set(builtPages());
    const { page, context } = await openPage(site.browser, site.url, { javaScriptEnabled: false });
    await page.goto(site.url + '/products/');
    const listed = new Set(await page.$$eval('main a[href^="/products/"]', (links) => links.map((a) => a.getAttribute('href'))));
    for (const product of products) {
      expect(pages.has(`/products/${product.id}/`), `page for ${product.id}`).toBe(true);
      expect(listed.has(`/products/${product.id}/`), `${product.id} listed on /products/`).toBe(true);
    }
    await expect(page.locator('#product-count').textContent()).resolves.toContain(String(products.length));
    await context.close();
  });

  it('finds every product by searching its exact name', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(site.url + '/search/');
    const missing: string[] = [];
    for (const product of products) {
      // A string, so the test runner does not rewrite the site.browser-side import().
      const urls = (await page.evaluate(`(async () => {
        const pagefind = await import(new URL('/pagefind/pagefind.js', location.origin).href);
        const search = await pagefind.search(${JSON.stringify(product.title)});
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => d.url);
      })()`)) as string[];
      if (!urls.includes(`/products/${product.id}/`)) missing.push(`${product.id} ("${product.title}")`);
    }
    expect(missing).toEqual([]);
    await context.close();
  });
});
