import { describe, expect, it } from 'vitest';
import { openPage, PHONE, useBuiltSite } from './harness.ts';

const CASE = '/cases/donghai-wechat-fake-injectables-network/';
const site = useBuiltSite();

describe('the founding case page', () => {
  it('shows the key facts a reader and a journalist need, with citations', async () => {
    const { page, context } = await openPage(site.browser, site.url, { viewport: PHONE });
    const response = await page.goto(site.url + CASE);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Donghai/);
    const keyFacts = page.locator('section[aria-labelledby="key-facts-heading"]');
    await expect(keyFacts.isVisible()).resolves.toBe(true);
    const text = (await keyFacts.textContent()) ?? '';
    // The corrected figures from the dossier, never the machine translation's "ten million".
    expect(text).toMatch(/tens of millions of yuan/i);
    expect(text).not.toMatch(/\bten million\b/i);
    expect(text).toMatch(/31/);
    expect(text).toMatch(/28/);
    expect(text).toMatch(/35/);
    // Every key fact carries at least one numbered citation that lands on a listed source.
    const factCount = await keyFacts.locator('dd').count();
    expect(factCount).toBeGreaterThan(4);
    expect(await keyFacts.locator('dd sup.cite a').count()).toBeGreaterThanOrEqual(factCount);
    const firstCite = keyFacts.locator('dd sup.cite a').first();
    const target = (await firstCite.getAttribute('href'))!;
    await expect(page.locator(target).count()).resolves.toBe(1);
    await context.close();
  });

  it('lists numbered sources with their kind, a link and archived copies', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(site.url + CASE);
    const sources = page.locator('section[aria-labelledby="sources-heading"] ol > li');
    expect(await sources.count()).toBeGreaterThanOrEqual(4);
    const all = (await page.locator('section[aria-labelledby="sources-heading"]').textContent()) ?? '';
    expect(all).toMatch(/China Youth Daily|中国青年报/);
    expect(all).toMatch(/News/);
    expect(all).toMatch(/Re-post/);
    expect(
      await page.locator('section[aria-labelledby="sources-heading"] a[href^="https://web.archive.org/web/*/"]').count(),
    ).toBeGreaterThan(0);
    await context.close();
  });

  it('shows the timeline and people under pseudonyms', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(site.url + CASE);
    const timeline = (await page.locator('section[aria-labelledby="timeline-heading"]').textContent()) ?? '';
    expect(timeline).toMatch(/16 January 2017|2017-01-16/);
    const people = (await page.locator('section[aria-labelledby="people-heading"]').textContent()) ?? '';
    expect(people).toMatch(/Wang Xiuhua/);
    expect(people).toMatch(/pseudonym/);
    await context.close();
  });
});
