/**
 * Content whose text holds markup or script must build and be shown as text
 * everywhere it appears: the page, its title, search results, JSON-LD, the
 * feed, the data exports and the share image.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './harness.ts';
import { build, makeSite, removeSites, run, write } from '../content/fixture-site.ts';
import { startServer } from '../../scripts/static-server.mjs';

const HOSTILE = `Zyxhostile "><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let dist: string;

beforeAll(async () => {
  const dir = makeSite();
  write(
    dir,
    'products/hostile-product.md',
    `---
title: ${JSON.stringify(HOSTILE)}
aliases:
  - { name: ${JSON.stringify('<b onmouseover=alert(1)>bold</b>')}, lang: en }
type: botulinum-toxin
lots:
  - { lot: ${JSON.stringify('<i>LOT1</i>')} }
tells:
  - ${JSON.stringify('<iframe src="javascript:alert(3)"></iframe> carton')}
whereFound: ${JSON.stringify('<svg onload=alert(4)>')}
countries: [US]
authority: xx-test
alert:
  title: ${JSON.stringify('</title><script>alert(5)</script>')}
  source: test-source
status: counterfeit
statusWording: ${JSON.stringify('"><img src=y onerror=alert(6)>')}
authorityWords:
  - text: ${JSON.stringify('El producto "><img src=y onerror=alert(6)> es falso <script>window.__pwned=5</script>')}
    lang: es
    translation: ${JSON.stringify('The product is fake <img src=q onerror=alert(10)>')}
    source: test-source
sources: [test-source]
published: 2026-11-29
---

Body with <script>window.__pwned=3</script> markup [@test-source].
`,
  );
  // Its Chinese translation is hostile too: translated words are escaped like any others.
  write(
    dir,
    'zh/products/hostile-product.md',
    `---
statusWording: ${JSON.stringify('假冒"><img src=z onerror=alert(7)>')}
authorityWords:
  - translation: ${JSON.stringify('该产品是假的<img src=r onerror=alert(11)>')}
alertTitle: ${JSON.stringify('</title><script>alert(8)</script>警示')}
whereFound: ${JSON.stringify(`${HOSTILE} 发现地`)}
tells:
  - ${JSON.stringify('<iframe src="javascript:alert(9)"></iframe> 外盒')}
---

正文 <script>window.__pwned=4</script> 标记[@test-source]。
`,
  );
  const built = build(dir);
  if (!built.ok) throw new Error(built.output);
  const indexed = run(dir, ['pagefind', '--site', 'dist']);
  if (!indexed.ok) throw new Error(indexed.output);
  dist = join(dir, 'dist');
  server = await startServer({ root: dist });
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeSites();
});

describe('hostile text in content', () => {
  it('stays data in JSON-LD, the feed, the exports and the share image', async () => {
    const { page, context } = await openPage(browser, server.url);
    await page.goto(`${server.url}/products/hostile-product/`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.flatMap((b) => [JSON.parse(b)].flat()) as { name?: string }[];
    expect(data.some((d) => d.name === HOSTILE)).toBe(true);
    expect(blocks.join('')).not.toContain('<');
    const feed = await page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await fetch('/feed.xml')).text(), 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        titles: [...doc.querySelectorAll('entry > title')].map((t) => t.textContent),
      };
    });
    expect(feed.error).toBeNull();
    expect(feed.titles).toContain(HOSTILE);
    await context.close();
    const products = JSON.parse(readFileSync(join(dist, 'data/products.json'), 'utf8')) as { records: { title: string }[] };
    expect(products.records.map((r) => r.title)).toContain(HOSTILE);
    const csv = readFileSync(join(dist, 'data/products.csv'), 'utf8');
    expect(csv).toContain(`"${HOSTILE.replace(/"/g, '""')}"`);
    const png = readFileSync(join(dist, 'share/products/hostile-product.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('is shown as text on the page and in its title, and never runs', async () => {
    const { page, context } = await openPage(browser, server.url);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${server.url}/products/hostile-product/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(HOSTILE);
    await page.goto(`${server.url}/zh/products/hostile-product/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(HOSTILE);
    await expect(page.locator('main').textContent()).resolves.toContain(`${HOSTILE} 发现地`);
    await expect(page.locator('main').textContent()).resolves.toContain('<script>window.__pwned=4</script>');
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await page.goto(`${server.url}/products/hostile-product/`);
    expect(await page.title()).toContain('Zyxhostile');
    await expect(page.locator('main').textContent()).resolves.toContain('<svg onload=alert(4)>');
    expect(await page.locator('main img, main iframe, main svg[onload], main b[onmouseover]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('is shown as text in the suggestions under the search box', async () => {
    const { page, context } = await openPage(browser, server.url);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${server.url}/products/hostile-product/`);
    await page.locator('#header-search').click();
    await page.locator('#header-search').pressSequentially('zyxh', { delay: 30 });
    const option = page.locator('#header-search-suggestions [role="option"]').first();
    await option.waitFor();
    await expect(option.locator('.suggest-label').textContent()).resolves.toBe(HOSTILE);
    expect(await page.locator('#header-search-suggestions img, #header-search-suggestions script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('is shown as text in search results', async () => {
    const { page, context } = await openPage(browser, server.url);
    await page.goto(`${server.url}/search/?q=Zyxhostile`);
    await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('h2').textContent()).resolves.toBe(HOSTILE);
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });
});
