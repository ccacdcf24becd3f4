import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBuiltSite } from './harness.ts';

const site = useBuiltSite();

const settled = (page: Page) =>
  page.waitForFunction(() => /result|could not/.test(document.querySelector('#search-status')?.textContent ?? ''));

describe('search filters and sorting', () => {
  it('reads filters from the URL and shows only matching pages', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}/search/?kind=product&country=MX`);
    await settled(page);
    const kinds = await page.$$eval('#search-results > li > p:first-child', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toMatch(/^Product/);
    await expect(page.locator('#filter-country').inputValue()).resolves.toBe('MX');
    // Each result really is a record found in Mexico.
    const first = await page.locator('#search-results > li h2 a').first().getAttribute('href');
    await page.goto(site.url + first!);
    await expect(page.locator('main').textContent()).resolves.toContain('Mexico');
    await context.close();
  });

  it('writes a changed filter back to the address, and the back button restores it', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}/search/?q=botox`);
    await settled(page);
    await page.locator('#search-filters summary').click();
    await page.locator('#filter-kind').selectOption('case');
    await page.waitForFunction(() => location.search.includes('kind=case'));
    await settled(page);
    const kinds = await page.$$eval('#search-results > li > p:first-child', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toMatch(/^Case/);
    await page.locator('#search-input').fill('dysport');
    await page.locator('#search-input').press('Enter');
    await page.waitForFunction(() => location.search.includes('q=dysport'));
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('#search-input') as HTMLInputElement).value === 'botox');
    await expect(page.locator('#filter-kind').inputValue()).resolves.toBe('case');
    await context.close();
  });

  it('sorts by date, newest first', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}/search/?kind=product&sort=newest`);
    await settled(page);
    const hrefs = await page.$$eval('#search-results > li h2 a', (links) => links.slice(0, 6).map((a) => a.getAttribute('href')!));
    const years: number[] = [];
    for (const href of hrefs) {
      await page.goto(site.url + href);
      const text = (await page.locator('dt:has-text("Alert") + dd').textContent()) ?? '';
      const year = /(19|20)\d\d/.exec(text)?.[0];
      if (year) years.push(Number(year));
    }
    expect(years.length).toBeGreaterThan(2);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
    await context.close();
  });
});

describe('the register list', () => {
  it('filters every record by country with JavaScript, and shows a count', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}/products/`);
    await expect(page.locator('#product-filters').isVisible()).resolves.toBe(true);
    await page.locator('#products-country').selectOption('BR');
    await page.waitForFunction(() => /match/.test(document.querySelector('#product-count')?.textContent ?? ''));
    const count = Number(/\d+/.exec((await page.locator('#product-count').textContent()) ?? '')?.[0]);
    expect(count).toBeGreaterThan(0);
    await expect(page.locator('#product-filter-results > li').count()).resolves.toBe(count);
    await expect(page.locator('#product-static-list').isHidden()).resolves.toBe(true);
    await page.locator('#products-country').selectOption('');
    await page.waitForFunction(() => !/match/.test(document.querySelector('#product-count')?.textContent ?? ''));
    await expect(page.locator('#product-static-list').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('shows every record without JavaScript, with no dead filter controls', async () => {
    const { page, context } = await openPage(site.browser, site.url, { javaScriptEnabled: false });
    await page.goto(`${site.url}/products/`);
    await expect(page.locator('#product-filters').isHidden()).resolves.toBe(true);
    expect(await page.locator('#product-static-list article').count()).toBeGreaterThan(0);
    await context.close();
  });
});
