/**
 * Checks run over every built page (driven from dist/, never a hand-kept
 * list): accessibility with axe, requests to other origins, CSP violations,
 * bytes per page against the budget of its template, and content without
 * JavaScript. Used by the browser tests and by `npm run audit:site`.
 */
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Template =
  | 'home' | 'case' | 'case list' | 'explainer' | 'explainer list' | 'product' | 'product list'
  | 'lot' | 'lot list' | 'search' | 'page';

export function templateOf(path: string): Template {
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
  case: { total: 90_000, js: 0 },
  'case list': { total: 60_000, js: 0 },
  explainer: { total: 110_000, js: 0 },
  'explainer list': { total: 50_000, js: 0 },
  product: { total: 60_000, js: 0 },
  'product list': { total: 160_000, js: 8_000 },
  lot: { total: 50_000, js: 0 },
  'lot list': { total: 60_000, js: 0 },
  search: { total: 60_000, js: 12_000 },
  page: { total: 50_000, js: 0 },
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
  measureBytes?: boolean;
}

export const CONFIGS: Config[] = [
  { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
  { name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
  { name: 'desktop, light', viewport: { width: 1280, height: 900 }, colorScheme: 'light', measureBytes: true },
  { name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
];

async function instrument(page: Page, origin: string) {
  const state = { foreign: [] as string[], csp: [] as string[], sizes: [] as Promise<{ type: string; bytes: number }>[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) state.foreign.push(url);
  });
  page.on('requestfinished', (request) => {
    state.sizes.push(
      request.sizes().then((s) => ({ type: request.resourceType(), bytes: s.responseBodySize + s.responseHeadersSize })).catch(() => ({ type: 'other', bytes: 0 })),
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

/** Visit every page in one configuration and collect what each breaks. */
export async function auditPages(browser: Browser, base: string, paths: string[], config: Config): Promise<PageFindings[]> {
  const context = await browser.newContext({ viewport: config.viewport, colorScheme: config.colorScheme });
  const page = await context.newPage();
  const state = await instrument(page, new URL(base).origin);
  const findings: PageFindings[] = [];
  for (const path of paths) {
    state.foreign.length = 0;
    state.csp.length = 0;
    state.sizes.length = 0;
    if (config.measureBytes) {
      // A first visit: nothing cached.
      await context.clearCookies();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
    }
    await page.goto(base + path, { waitUntil: 'load' });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const sizes = await Promise.all(state.sizes);
    const finding: PageFindings = {
      path,
      template: templateOf(path),
      axe: results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`),
      foreign: [...state.foreign],
      csp: [...state.csp],
    };
    if (config.measureBytes) {
      const sum = (pred: (t: string) => boolean) => sizes.filter((s) => pred(s.type)).reduce((a, s) => a + s.bytes, 0);
      finding.bytes = {
        total: sum(() => true),
        js: sum((t) => t === 'script'),
        css: sum((t) => t === 'stylesheet'),
        html: sum((t) => t === 'document'),
      };
    }
    findings.push(finding);
  }
  await context.close();
  return findings;
}

/** Pages whose main content is missing or thin with JavaScript turned off. */
export async function pagesBrokenWithoutJs(browser: Browser, base: string, paths: string[]): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const broken: string[] = [];
  for (const path of paths) {
    const response = await page.goto(base + path);
    const status = response?.status() ?? 0;
    const h1 = ((await page.locator('main h1').first().textContent().catch(() => '')) ?? '').trim();
    const words = ((await page.locator('main').textContent()) ?? '').split(/\s+/).filter(Boolean).length;
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
