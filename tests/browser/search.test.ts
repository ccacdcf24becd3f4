import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, PHONE, useBuiltSite } from './harness.ts';

const site = useBuiltSite();

async function resultsFor(page: Page, query: string): Promise<{ href: string; title: string }[]> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return /result|could not/.test(status);
  });
  return page.$$eval('#search-results > li h2 a', (links) =>
    links.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent ?? '' })),
  );
}

describe('search on the built site', () => {
  for (const typed of ['C3709C3', 'c3709 c3', 'C37-09C3']) {
    it(`puts the exact lot first for "${typed}", with the records that name it`, async () => {
      const { page, context, errors } = await openPage(site.browser, site.url, { viewport: PHONE });
      const results = await resultsFor(page, typed);
      expect(results[0]?.href).toBe('/lots/c3709c3/');
      const first = page.locator('#search-results > li').first();
      await expect(first.locator('a[href="/products/fda-counterfeit-botox-150-units-c3709c3/"]').count()).resolves.toBe(1);
      await expect(first.textContent()).resolves.toMatch(/warning sign, not proof/);
      await page.goto(site.url + '/products/fda-counterfeit-botox-150-units-c3709c3/');
      await expect(page.locator('table').textContent()).resolves.toContain('C3709C3');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('serves a lot page that works without JavaScript', async () => {
    const { page, context } = await openPage(site.browser, site.url, { javaScriptEnabled: false });
    const response = await page.goto(site.url + '/lots/c3709c3/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain('C3709C3');
    await expect(page.locator('main').textContent()).resolves.toMatch(/warning sign, not proof/);
    await expect(page.locator('main a[href="/products/fda-counterfeit-botox-150-units-c3709c3/"]').count()).resolves.toBe(1);
    await context.close();
  });

  it('finds the founding case first for "Donghai"', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    const results = await resultsFor(page, 'Donghai');
    expect(results[0]?.href).toBe('/cases/donghai-wechat-fake-injectables-network/');
    await context.close();
  });

  it('shows the result count to screen readers and the query in the box', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await resultsFor(page, 'Botox');
    await expect(page.locator('#search-status').getAttribute('role')).resolves.toBe('status');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/\d+ results? for “Botox”/);
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('Botox');
    await context.close();
  });

  it('says plainly when nothing is found, without implying safety', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    const results = await resultsFor(page, 'zzqxv');
    expect(results).toEqual([]);
    await expect(page.locator('#search-empty').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-empty').textContent()).resolves.toMatch(/does not mean the product is safe/);
    await context.close();
  });

  it('does not pass off prefix-only matches as results', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    // "Dongfang" is in no page; Pagefind would fall back to pages with words starting "Dong..." or "Do...".
    const results = await resultsFor(page, 'Dongfang');
    expect(results).toEqual([]);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('No results for “Dongfang”.');
    await expect(page.locator('#search-empty').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('says a lot is not in the register when it is not, without calling it safe', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    const results = await resultsFor(page, 'Q9999Z9');
    expect(results).toEqual([]);
    await expect(page.locator('#search-empty').textContent()).resolves.toMatch(/does not mean the product is safe/);
    await context.close();
  });

  it('finds names typed in other scripts', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    for (const [query, expected] of [
      ['保妥适', /\/products\/.*botox/],
      ['衡力', /hengli/],
      ['나보타', /nabota/],
      ['瑞蓝', /restylane/],
    ] as const) {
      const results = await resultsFor(page, query);
      expect(
        results.slice(0, 3).some((r) => expected.test(r.href)),
        `${query} → ${JSON.stringify(results.slice(0, 3))}`,
      ).toBe(true);
    }
    await context.close();
  });

  it('shows hostile input as text and never breaks the page', async () => {
    const hostile = ['"><img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '%', '😷💉', 'x'.repeat(3000)];
    for (const query of hostile) {
      const { page, context, errors } = await openPage(site.browser, site.url);
      let dialog = false;
      page.on('dialog', (d) => {
        dialog = true;
        void d.dismiss();
      });
      await page.goto(`${site.url}/search/?q=${query === '%' ? '%' : encodeURIComponent(query)}`);
      await page.waitForFunction(() => /result|could not/.test(document.querySelector('#search-status')?.textContent ?? ''));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialog).toBe(false);
      expect(await page.locator('#search-results img').count()).toBe(0);
      await expect(page.locator('h1').textContent()).resolves.toBe('Search');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('writes the query back to the address as the user types', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}/search/`);
    await page.locator('#search-input').fill('Dysport');
    await page.waitForFunction(() => location.search === '?q=Dysport');
    await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await context.close();
  });

  it('works from the header form without JavaScript, landing on a useful page', async () => {
    const { page, context } = await openPage(site.browser, site.url, { javaScriptEnabled: false });
    await page.goto(`${site.url}/products/`);
    await page.locator('#header-search').fill('C3709C3');
    await page.locator('#header-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=C3709C3/);
    await expect(page.locator('#search-fallback').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-fallback a[href="/products/"]').count()).resolves.toBe(1);
    await context.close();
  });
});
