import { afterAll, beforeAll } from 'vitest';
/**
 * Shared set-up for the browser tests: the built site served from dist/ by the
 * same server `npm start` uses, and Debian's Chromium driven by playwright-core.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';
import { readHeaders } from '../../scripts/headers.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built site under test; FIW_DIST lets a second build be tested without touching dist/. */
export const DIST = process.env.FIW_DIST ?? 'dist';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** Serves dist/ with exactly the security headers the site ships in _headers (strict CSP included). */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const headers = readHeaders(join(DIST, '_headers'));
  // upgrade-insecure-requests would send the local http:// test server's requests to https://.
  headers['Content-Security-Policy'] = headers['Content-Security-Policy']!.replace(/;\s*upgrade-insecure-requests/, '');
  delete headers['Strict-Transport-Security'];
  return startServer({ root: DIST, headers });
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
}

/** A fresh page that records every request to another origin and every console error. */
export async function openPage(browser: Browser, base: string, options: OpenOptions = {}) {
  const context: BrowserContext = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page: Page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const cspViolations: string[] = [];
  await page.exposeFunction('__reportCsp', (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  const origin = new URL(base).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, foreignRequests, errors, cspViolations };
}

/** Every HTML page of the built site, as URL paths. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // Redirect stubs for old addresses are tested on their own (tests/browser/urls.test.ts).
      else if (entry.name.endsWith('.html') && !readFileSync(path, 'utf8').includes('http-equiv="refresh"')) {
        const rel = '/' + relative(DIST, path).replace(/\\/g, '/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

export const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');

/**
 * The built site served with its real headers, and a browser, for one test
 * file: started before its tests and closed after them.
 */
export function useBuiltSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}
