import { describe, expect, it } from 'vitest';
import { builtPages, openPage, useBuiltSite } from './harness.ts';

const site = useBuiltSite();

describe('the shipped security headers', () => {
  it('are sent with every built page', async () => {
    const pages = builtPages();
    const missing: string[] = [];
    for (const path of pages) {
      const response = await fetch(site.url + path, { method: 'HEAD' });
      const csp = response.headers.get('content-security-policy') ?? '';
      const ok =
        /default-src 'self'/.test(csp) &&
        /frame-ancestors 'none'/.test(csp) &&
        !/'unsafe-inline'/.test(csp) &&
        response.headers.get('x-content-type-options') === 'nosniff' &&
        Boolean(response.headers.get('referrer-policy')) &&
        Boolean(response.headers.get('permissions-policy'));
      if (!ok) missing.push(path);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('let search run with no CSP violation', async () => {
    const { page, context, cspViolations, errors } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}/search/?q=C3709C3`);
    await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.locator('#search-input').fill('dysport');
    await page.waitForFunction(() => /dysport/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('let the register filters run with no CSP violation', async () => {
    const { page, context, cspViolations, errors } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}/products/`);
    await page.locator('#products-type').selectOption({ index: 1 });
    await page.waitForFunction(() => /match/.test(document.querySelector('#product-count')?.textContent ?? ''));
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
