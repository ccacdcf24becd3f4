import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { DESKTOP, PHONE, firstPathOf, launch, openPage, serveDist } from './harness';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const templates = () => ({
  home: '/',
  case: '/cases/donghai-wechat-fake-injectables-network/',
  explainer: firstPathOf('risks'),
  product: '/products/fda-counterfeit-botox-150-units-c3709c3/',
  'product list': '/products/',
  lot: '/lots/c3709c3/',
  'case list': '/cases/',
  'explainer list': '/risks/',
  search: '/search/?q=botox',
  'search with filters': '/search/?kind=Product&country=Mexico',
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no violations on each template at ${name} width in ${scheme} mode`, async () => {
        const failures: string[] = [];
        for (const [template, path] of Object.entries(templates())) {
          const { page, context, foreignRequests } = await openPage(browser, server.url, { viewport, colorScheme: scheme });
          await page.goto(server.url + path);
          if (template === 'search') {
            await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
          }
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          for (const v of results.violations) {
            failures.push(`${template} (${path}): ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          }
          expect(foreignRequests, `${path} made requests to other origins`).toEqual([]);
          await context.close();
        }
        expect(failures).toEqual([]);
      });
    }
  }
});

describe('keyboard and no-JavaScript use', () => {
  it('puts a skip link first, and it moves focus to the main content', async () => {
    const { page, context } = await openPage(browser, server.url, { viewport: PHONE });
    await page.goto(server.url + '/products/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ text: 'Skip to main content', href: '#main' });
    await expect(page.locator('a[href="#main"]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('reaches the header search box by keyboard and searches with Enter', async () => {
    const { page, context } = await openPage(browser, server.url);
    await page.goto(server.url + '/cases/');
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

  it('shows each template complete without JavaScript', async () => {
    const { page, context } = await openPage(browser, server.url, { javaScriptEnabled: false });
    for (const [template, path] of Object.entries(templates())) {
      if (template === 'search') continue;
      const response = await page.goto(server.url + path);
      expect(response?.status(), path).toBe(200);
      const h1 = (await page.locator('main h1').textContent()) ?? '';
      expect(h1.trim().length, `${path} has a heading`).toBeGreaterThan(3);
      const words = ((await page.locator('main').textContent()) ?? '').split(/\s+/).length;
      expect(words, `${path} has its content`).toBeGreaterThan(60);
    }
    await context.close();
  });
});
