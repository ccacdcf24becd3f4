/**
 * The checks that need a real browser: accessibility with axe in each
 * configuration, requests to other origins and CSP violations, with the
 * site served with its real headers. Used by the browser tests (on several
 * pages of every template in every language) and by `npm run audit:site`
 * (on every page). The checks that read files are in static.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface PageFindings {
  path: string;
  axe: string[];
  foreign: string[];
  csp: string[];
}

export interface Config {
  name: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  /**
   * Rules whose result can change with this configuration. The light runs use
   * every WCAG A/AA rule; the dark runs only the colour rules, because the
   * colour scheme changes nothing but colours (same DOM, same layout).
   */
  rules: 'all' | string[];
}

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export const CONFIGS: Config[] = [
  { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light', rules: 'all' },
  { name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark', rules: COLOUR_RULES },
  { name: 'desktop, light', viewport: { width: 1280, height: 900 }, colorScheme: 'light', rules: 'all' },
  { name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark', rules: COLOUR_RULES },
];

async function instrument(page: Page, origin: string) {
  const state = { foreign: [] as string[], csp: [] as string[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) state.foreign.push(url);
  });
  await page.exposeFunction('__auditCsp', (text: string) => state.csp.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __auditCsp: (t: string) => void }).__auditCsp(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return state;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[] }[];
}

/**
 * Axe's violations on the page as it is now (or only within the element that
 * `within` selects), in one configuration (viewport and colour scheme set here), one line each. Injects axe when the page does
 * not have it yet; page.evaluate is not subject to the page's CSP.
 */
export async function runAxe(page: Page, config: Config, within?: string): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  await page.setViewportSize(config.viewport);
  await page.emulateMedia({ colorScheme: config.colorScheme });
  const options =
    config.rules === 'all'
      ? { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] }
      : { runOnly: { type: 'rule', values: config.rules }, resultTypes: ['violations'] };
  const violations = (await page.evaluate(
    ([opts, selector]) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe
        .run(selector ? { include: [selector] } : document, opts)
        .then((r) => r.violations),
    [options, within] as const,
  )) as AxeViolation[];
  return violations.map(
    (v) =>
      `${config.name}: ${v.id} (${v.impact}): ${v.nodes
        .slice(0, 2)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/**
 * Visit each page once, inject axe once, and run it in each configuration by
 * changing the viewport and colour scheme in place: far faster than four
 * separate visits. `concurrency` pages are checked at a time, each in its
 * own browser context.
 */
export async function auditPages(browser: Browser, base: string, paths: string[], concurrency = 2): Promise<PageFindings[]> {
  const queue = [...paths];
  const findings: PageFindings[] = [];
  const origin = new URL(base).origin;
  await Promise.all(
    Array.from({ length: Math.max(1, concurrency) }, async () => {
      const context = await browser.newContext({ viewport: CONFIGS[0]!.viewport, colorScheme: CONFIGS[0]!.colorScheme });
      const page = await context.newPage();
      const state = await instrument(page, origin);
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        state.foreign.length = 0;
        state.csp.length = 0;
        await page.setViewportSize(CONFIGS[0]!.viewport);
        await page.emulateMedia({ colorScheme: CONFIGS[0]!.colorScheme });
        await page.goto(base + path, { waitUntil: 'load' });
        const axe: string[] = [];
        for (const config of CONFIGS) axe.push(...(await runAxe(page, config)));
        findings.push({ path, axe, foreign: [...state.foreign], csp: [...state.csp] });
      }
      await context.close();
    }),
  );
  return findings.sort((a, b) => a.path.localeCompare(b.path));
}
