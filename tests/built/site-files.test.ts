/**
 * Gates over every built page, from the files in dist/ (what any static host
 * serves; never a hand-kept list): content without JavaScript, nothing loaded
 * from other sites, bytes within the template's budget, the head every page
 * needs, no default-language interface words on other editions, valid HTML
 * and no broken internal link. The checks that need a browser (axe, requests
 * made at run time, CSP) run on a sample of every template in
 * tests/browser/site-gates.test.ts, and on every page in `npm run audit:site`.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../browser/harness.ts';
import { VNU_JAVA_FLAGS } from '../../scripts/vnu.mjs';
import { checkLinks } from '../audit/links.ts';
import {
  foreignResources,
  headProblems,
  overBudget,
  pageBytes,
  pagesWithoutContent,
  readPages,
  stringPairs,
  untranslatedInterface,
} from '../audit/static.ts';
import { LANGS } from '../../src/i18n/languages.ts';
import { ui } from '../../src/i18n/ui.ts';
import { vocab } from '../../src/i18n/vocabulary.ts';
import { SITE_NAME } from '../../src/lib/routing/site.ts';

const pages = readPages(DIST);

describe(`every built page (${pages.length}), from its files`, () => {
  it('exists in every language, each page with its twins', () => {
    expect(pages.length).toBeGreaterThan(100);
    const byLang = LANGS.map((lang) => pages.filter((p) => p.lang === lang).length);
    expect(new Set(byLang).size, `pages per language: ${byLang.join(', ')}`).toBe(1);
  });

  it('shows a heading and its main content with JavaScript turned off', () => {
    expect(pagesWithoutContent(pages)).toEqual([]);
  });

  it('loads nothing from another site', () => {
    const css = readdirSync(join(DIST, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => join(DIST, '_astro', f));
    expect(css.length).toBeGreaterThan(0);
    expect(foreignResources(pages, css)).toEqual([]);
  });

  it('stays within the byte budget of its template', () => {
    const bytes = pageBytes(DIST, pages);
    expect(bytes.every((b) => b.html > 0 && b.css > 0)).toBe(true);
    expect(overBudget(bytes)).toEqual([]);
  });

  it('carries its language, hreflang twins, canonical address and feed in its head', () => {
    expect(headProblems(pages)).toEqual([]);
  });

  it('speaks its own language: no English interface phrase on a page in another language', () => {
    const content = readdirSync('content', { recursive: true })
      .map(String)
      .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
      .map((f) => readFileSync(join('content', f), 'utf8'))
      .join('\n');
    const found = untranslatedInterface(
      pages,
      (lang) => [...stringPairs(ui('en'), ui(lang)), ...stringPairs(vocab('en'), vocab(lang))],
      [SITE_NAME],
      content,
    );
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('has no broken internal link, image or #fragment', () => {
    const { checked, broken } = checkLinks(DIST);
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken).toEqual([]);
  });

  it('is valid HTML (W3C Nu HTML Checker, zero errors)', () => {
    const result = spawnSync(
      'java',
      [...VNU_JAVA_FLAGS, '-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--skip-non-html', '--errors-only', DIST],
      {
        encoding: 'utf8',
      },
    );
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  }, 300_000);
});
