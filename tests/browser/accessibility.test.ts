import { describe, expect, it } from 'vitest';
import { openPage, PHONE, useBuiltSite } from './harness.ts';

const site = useBuiltSite();

describe('keyboard use', () => {
  it('puts a skip link first, and it moves focus to the main content', async () => {
    const { page, context } = await openPage(site.browser, site.url, { viewport: PHONE });
    await page.goto(site.url + '/products/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(first).toEqual({ text: 'Skip to main content', href: '#main' });
    await expect(page.locator('a[href="#main"]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('reaches the header search box by keyboard and searches with Enter', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(site.url + '/cases/');
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'header-search');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('Donghai');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Donghai/);
    await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await expect(page.locator('#search-results > li').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('walks a product page by keyboard: skip link, then the lot link, then the lot page', async () => {
    const { page, context } = await openPage(site.browser, site.url, { viewport: PHONE });
    await page.goto(site.url + '/products/fda-counterfeit-botox-150-units-c3709c3/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    let onLot = false;
    for (let i = 0; i < 25 && !onLot; i++) {
      await page.keyboard.press('Tab');
      onLot = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/lots/c3709c3/');
    }
    expect(onLot).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lots\/c3709c3\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('C3709C3');
    await context.close();
  });
});
