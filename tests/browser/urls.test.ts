/**
 * Stable URLs are a public promise: every address in docs/published-urls.txt
 * must still answer, as a page or as a redirect to one.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages, openPage, useBuiltSite } from './harness.ts';

const published = readFileSync('docs/published-urls.txt', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));
const redirects = Object.entries(JSON.parse(readFileSync('content/redirects.json', 'utf8')) as Record<string, string>).filter(
  ([k]) => k !== '//',
);

const site = useBuiltSite();

describe('published addresses', () => {
  it('every built page is on the published list (run `npm run urls` after adding pages)', () => {
    const listed = new Set(published);
    expect(builtPages().filter((p) => p !== '/404.html' && p !== '/zh/404/' && !listed.has(p))).toEqual([]);
    for (const file of ['/feed.xml', '/data/products.json', '/data/products.csv']) expect(listed.has(file), file).toBe(true);
  });

  it('every published address still answers with a page', async () => {
    const failures: string[] = [];
    for (const path of published) {
      const response = await fetch(site.url + path, { redirect: 'follow' });
      if (response.status !== 200) failures.push(`${path}: HTTP ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('forwards each old address to its new page, in a site.browser', async () => {
    expect(redirects.length).toBeGreaterThan(0);
    const { page, context } = await openPage(site.browser, site.url);
    for (const [from, to] of redirects) {
      await page.goto(site.url + from);
      await page.waitForURL((url) => url.pathname === to);
      await expect(page.locator('main h1').count()).resolves.toBe(1);
    }
    await context.close();
  });
});
