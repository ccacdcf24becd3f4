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

describe('exact answers, before and apart from full-text search', () => {
  it('shows the exact answer while the full-text index is still on its way', async () => {
    const { page, context } = await openPage(site.browser, site.url, { viewport: PHONE });
    // Hold Pagefind back: the answer must not wait for it.
    let releasePagefind = () => {};
    const held = new Promise<void>((resolve) => (releasePagefind = resolve));
    await page.route('**/pagefind/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('BOTOX')}`);
    const first = page.locator('#search-results > li').first();
    await first.waitFor({ timeout: 5_000 });
    await expect(first.locator('h2 a').getAttribute('href')).resolves.toBe('/brands/botox/');
    await expect(first.textContent()).resolves.toMatch(/Brand[\s\S]*Exact match[\s\S]*records in the register/);
    releasePagefind();
    await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    // The full-text results follow, without repeating the exact answer.
    const hrefs = await page.$$eval('#search-results > li h2 a', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => h === '/brands/botox/')).toHaveLength(1);
    expect(hrefs.length).toBeGreaterThan(3);
    await context.close();
  });

  it('corrects a typing mistake in a name, and says what it matched', async () => {
    const { page, context } = await openPage(site.browser, site.url, { viewport: PHONE });
    const results = await resultsFor(page, 'dysprot');
    expect(results[0]?.href).toBe('/brands/dysport/');
    await expect(page.locator('[data-explanation]').textContent()).resolves.toBe(
      'Nothing in the register is called “dysprot”. The closest name is “Dysport”.',
    );
    await expect(page.locator('#search-results > li').first().textContent()).resolves.toContain('Closest name to what you typed');
    await context.close();
  });

  it('never turns a lot with a typo into another lot: a similar one is offered apart, with the warning', async () => {
    const { page, context } = await openPage(site.browser, site.url, { viewport: PHONE });
    const results = await resultsFor(page, 'C3709C4');
    expect(results.map((r) => r.href)).not.toContain('/lots/c3709c3/');
    await expect(page.locator('[data-similar-lots] a').getAttribute('href')).resolves.toBe('/lots/c3709c3/');
    await expect(page.locator('#search-near').textContent()).resolves.toMatch(
      /not the one you typed[\s\S]*Lot C3709C4 is not in the register[\s\S]*counterfeiters copy real lot numbers/,
    );
    await expect(page.locator('#search-empty').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('puts the brand first for a name with a strength it does not know, saying it matched only part', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    const results = await resultsFor(page, 'botox 300');
    expect(results[0]?.href).toBe('/brands/botox/');
    await expect(page.locator('[data-explanation]').textContent()).resolves.toContain('“Botox” matches part of it');
    await context.close();
  });

  it('answers in the Chinese edition with Chinese words and Chinese pages', async () => {
    const { page, context } = await openPage(site.browser, site.url, { viewport: PHONE });
    await page.goto(`${site.url}/zh/search/?q=${encodeURIComponent('保妥适')}`);
    const first = page.locator('#search-results > li').first();
    await first.waitFor();
    await expect(first.locator('h2 a').getAttribute('href')).resolves.toBe('/zh/brands/botox/');
    await expect(first.textContent()).resolves.toMatch(/品牌[\s\S]*与它的另一个名称完全匹配/);
    await context.close();
  });
});
