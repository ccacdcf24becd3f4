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
  search: '/search/?q=botox',
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
