/**
 * A third language, generated: the fixture site built with the registry's
 * pseudo-locale (accented, bracketed, about 35% longer English, from the
 * English dictionary and content). Any interface text that did not go through
 * a dictionary shows up as plain English; any layout that cannot take longer
 * words overflows a phone's width; and the rules for page twins, hreflang
 * links and search must hold for three languages, not just two.
 */
import './pseudo-env.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, openPage, PHONE } from './harness.ts';
import { build, makeSite, removeSites, run } from '../content/fixture-site.ts';
import { startServer } from '../../scripts/static-server.mjs';
import { writePseudoLocale } from '../../scripts/pseudo-locale.ts';

import { LANGS } from '../../src/i18n/languages.ts';
import { headProblems, readPages, readerText } from '../audit/static.ts';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/i18n/pseudo.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let dist: string;

beforeAll(async () => {
  const dir = makeSite();
  writePseudoLocale(dir, 'xa');
  const built = build(dir, { FIW_PSEUDO_LOCALE: '1' });
  if (!built.ok) throw new Error(built.output);
  const indexed = run(dir, ['pagefind', '--site', 'dist']);
  if (!indexed.ok) throw new Error(indexed.output);
  dist = join(dir, 'dist');
  server = await startServer({ root: dist });
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeSites();
});

/**
 * Text a reader of the pseudo-locale sees that is still plain English: what
 * is left after removing pseudo-localised strings, names and quotations
 * marked with another language or translate="no", addresses and numbers.
 */
function plainEnglish(text: string): string[] {
  let rest = text;
  // Innermost brackets first: a pseudo string may hold another (a date inside a sentence).
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g'), ' ');
  }
  rest = rest.replace(/https?:\/\/\S+/g, ' ');
  return [...rest.matchAll(/[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})*/g)].map((m) => m[0]);
}

describe('a site in three languages (the pseudo-locale)', () => {
  it('builds every page in all three, each with its twins and hreflang links', () => {
    expect(LANGS).toEqual(['en', 'zh', 'xa']);
    const pages = readPages(dist);
    const counts = LANGS.map((lang) => pages.filter((p) => p.lang === lang).length);
    expect(counts[0]).toBeGreaterThan(10);
    expect(new Set(counts).size, counts.join(', ')).toBe(1);
    expect(headProblems(pages)).toEqual([]);
  });

  it('puts every interface string through the dictionary: no plain English left on any page', () => {
    const pages = readPages(dist).filter((p) => p.lang === 'xa');
    expect(pages.length).toBeGreaterThan(10);
    const leaks = pages.flatMap((page) => plainEnglish(readerText(page)).map((words) => `${page.path}: "${words}"`));
    expect(leaks).toEqual([]);
  });

  it('lets no page overflow a phone screen with the longer words', async () => {
    const paths = readPages(dist)
      .filter((p) => p.lang === 'xa')
      .map((p) => p.path);
    const { page, context } = await openPage(browser, server.url, { viewport: PHONE });
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(server.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) overflowing.push(`${path}: ${width}px wide`);
    }
    expect(paths.length).toBeGreaterThan(10);
    expect(overflowing).toEqual([]);
    await context.close();
  });

  it('searches across all three editions and links the reader’s own', async () => {
    const { page, context } = await openPage(browser, server.url);
    const resultsFor = async (path: string) => {
      await page.goto(server.url + path);
      await page.waitForFunction(
        () => document.querySelector('#search-results > li') || document.querySelector<HTMLElement>('#search-empty')?.hidden === false,
      );
      return page.$$eval('#search-results > li h2 a', (links) => links.map((a) => a.getAttribute('href')!));
    };
    // A word found only in the Chinese edition, from the pseudo-locale: the reader's twin is linked.
    expect(await resultsFor('/xa/search/?q=测试案例')).toContain('/xa/cases/test-case/');
    // A pseudo-localised word, from English.
    expect(await resultsFor(`/search/?q=${encodeURIComponent('Ŧééšŧ')}`)).toContain('/cases/test-case/');
    await context.close();
  });
});
