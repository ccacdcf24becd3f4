/** Case and product pages print cleanly: no navigation or controls, and source addresses written out. */
import { describe, expect, it } from 'vitest';
import { openPage, useBuiltSite } from './harness.ts';

const site = useBuiltSite();

describe('printing', () => {
  for (const path of ['/cases/donghai-wechat-fake-injectables-network/', '/products/fda-counterfeit-botox-150-units-c3709c3/']) {
    it(`prints ${path} without navigation, with source URLs written out`, async () => {
      const { page, context } = await openPage(site.browser, site.url, { colorScheme: 'dark' });
      await page.goto(site.url + path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      // Neither the main navigation nor the language switch is printed.
      const navs = await page.locator('header nav').all();
      expect(navs.length).toBeGreaterThan(0);
      for (const nav of navs) await expect(nav.isVisible()).resolves.toBe(false);
      await expect(page.locator('header form').isVisible()).resolves.toBe(false);
      await expect(page.locator('footer').isVisible()).resolves.toBe(false);
      await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
      const printed = await page.evaluate(() => {
        const link = document.querySelector('#sources-heading ~ ol a[href^="http"]')!;
        return {
          after: getComputedStyle(link, '::after').content,
          href: link.getAttribute('href'),
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(printed.after).toContain(printed.href);
      expect(printed.background).toBe('rgb(255, 255, 255)');
      await context.close();
    });
  }
});
