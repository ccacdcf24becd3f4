import { describe, expect, it } from 'vitest';
import { openPage, useBuiltSite } from './harness.ts';

const site = useBuiltSite();

describe('the shipped security headers', () => {
  it('are sent with every page', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    const response = await page.goto(`${site.url}/`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toBeTruthy();
    await context.close();
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
