import { neutralPath } from '../../src/i18n/languages.ts';
/**
 * Checks run over every built page (driven from dist/, never a hand-kept
 * list): accessibility with axe, requests to other origins, CSP violations,
 * bytes per page against the budget of its template, and content without
 * JavaScript. Used by the browser tests and by `npm run audit:site`.
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Template =
  | 'home' | 'case' | 'case list' | 'explainer' | 'explainer list' | 'product' | 'product list'
  | 'lot' | 'lot list' | 'search' | 'page';

export function templateOf(localisedPath: string): Template {
  // A Chinese page has the template of its English twin.
  const path = neutralPath(localisedPath);
  if (path === '/') return 'home';
  const [section, slug] = path.split('/').filter(Boolean);
  if (section === 'search') return 'search';
  const lists: Record<string, Template> = { cases: 'case list', risks: 'explainer list', products: 'product list', lots: 'lot list' };
  const items: Record<string, Template> = { cases: 'case', risks: 'explainer', products: 'product', lots: 'lot' };
  if (section && section in lists) {
    if (!slug || (section === 'products' && slug === 'page')) return lists[section]!;
    return items[section]!;
  }
  return 'page';
}

/**
 * Bytes a first visit may transfer, per template (HTML + CSS + JS, no search
 * index). Measured figures and the reasoning are in docs/quality-gates.md.
 */
export const BUDGETS: Record<Template, { total: number; js: number }> = {
  home: { total: 60_000, js: 0 },
  case: { total: 125_000, js: 3_000 },
  'case list': { total: 60_000, js: 0 },
  explainer: { total: 150_000, js: 3_000 },
  'explainer list': { total: 55_000, js: 0 },
  product: { total: 80_000, js: 3_000 },
  'product list': { total: 130_000, js: 6_000 },
  lot: { total: 55_000, js: 0 },
  'lot list': { total: 60_000, js: 0 },
  search: { total: 65_000, js: 12_000 },
  page: { total: 80_000, js: 0 },
};
export interface PageFindings {
  path: string;
  template: Template;
  axe: string[];
  foreign: string[];
  csp: string[];
  bytes?: { total: number; js: number; css: number; html: number };
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
  const state = { foreign: [] as string[], csp: [] as string[], sizes: [] as Promise<{ type: string; bytes: number }>[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) state.foreign.push(url);
  });
  page.on('requestfinished', (request) => {
    state.sizes.push(
      request
        .sizes()
        .then((s) => ({ type: request.resourceType(), bytes: s.responseBodySize + s.responseHeadersSize }))
        .catch(() => ({ type: 'other', bytes: 0 })),
    );
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
 * Visit every page once (cache cleared, so bytes are a first visit), inject
 * axe once, and run it in each configuration by changing the viewport and
 * colour scheme in place. Far faster than four separate visits.
 */
export async function auditPages(browser: Browser, base: string, paths: string[]): Promise<PageFindings[]> {
  const context = await browser.newContext({ viewport: CONFIGS[0]!.viewport, colorScheme: CONFIGS[0]!.colorScheme });
  const page = await context.newPage();
  const state = await instrument(page, new URL(base).origin);
  const findings: PageFindings[] = [];
  for (const path of paths) {
    state.foreign.length = 0;
    state.csp.length = 0;
    state.sizes.length = 0;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    await page.setViewportSize(CONFIGS[0]!.viewport);
    await page.emulateMedia({ colorScheme: CONFIGS[0]!.colorScheme });
    await page.goto(base + path, { waitUntil: 'load' });
    const sizes = await Promise.all(state.sizes);
    // page.evaluate is not subject to the page's Content-Security-Policy.
    await page.evaluate(AXE_SOURCE);
    const axe: string[] = [];
    for (const config of CONFIGS) {
      await page.setViewportSize(config.viewport);
      await page.emulateMedia({ colorScheme: config.colorScheme });
      const options =
        config.rules === 'all'
          ? { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] }
          : { runOnly: { type: 'rule', values: config.rules }, resultTypes: ['violations'] };
      const violations = (await page.evaluate(
        (opts) => (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(document, opts).then((r) => r.violations),
        options,
      )) as AxeViolation[];
      axe.push(...violations.map((v) => `${config.name}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`));
    }
    const sum = (pred: (t: string) => boolean) => sizes.filter((s) => pred(s.type)).reduce((a, s) => a + s.bytes, 0);
    findings.push({
      path,
      template: templateOf(path),
      axe,
      foreign: [...state.foreign],
      csp: [...state.csp],
      bytes: { total: sum(() => true), js: sum((t) => t === 'script'), css: sum((t) => t === 'stylesheet'), html: sum((t) => t === 'document') },
    });
  }
  await context.close();
  return findings;
}

/** Words in any language: Chinese has no spaces between words, so count what a word segmenter finds. */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
export const countWords = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length;

/** Pages whose main content is missing or thin with JavaScript turned off. */
export async function pagesBrokenWithoutJs(browser: Browser, base: string, paths: string[]): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const broken: string[] = [];
  for (const path of paths) {
    const response = await page.goto(base + path);
    const status = response?.status() ?? 0;
    const h1 = ((await page.locator('main h1').first().textContent().catch(() => '')) ?? '').trim();
    const words = countWords((await page.locator('main').textContent()) ?? '');
    const expectedStatus = path === '/404.html' ? 404 : 200;
    if (status !== expectedStatus && !(path === '/404.html' && status === 200)) broken.push(`${path}: HTTP ${status}`);
    else if (!h1) broken.push(`${path}: no heading`);
    else if (words < 25) broken.push(`${path}: only ${words} words`);
  }
  await context.close();
  return broken;
}

export function overBudget(findings: PageFindings[]): string[] {
  return findings
    .filter((f) => f.bytes)
    .flatMap((f) => {
      const budget = BUDGETS[f.template];
      const out: string[] = [];
      if (f.bytes!.total > budget.total) out.push(`${f.path} (${f.template}): ${f.bytes!.total} bytes > ${budget.total}`);
      if (f.bytes!.js > budget.js) out.push(`${f.path} (${f.template}): ${f.bytes!.js} bytes of JS > ${budget.js}`);
      return out;
    });
}
