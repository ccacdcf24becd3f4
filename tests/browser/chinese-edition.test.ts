/**
 * The Chinese edition: every page has its twin, the language switch keeps the
 * reader on the same page, search works across both languages from either
 * edition, and the feeds and share images carry Chinese text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, openPage, PHONE, readDist, useBuiltSite } from './harness.ts';
import { localisePath, neutralPath, langFromPath } from '../../src/i18n/languages.ts';

const site = useBuiltSite();
const pages = builtPages();
const FOUNDING = '/cases/donghai-wechat-fake-injectables-network/';
const twinOf = (page: string) => localisePath(page, langFromPath(page) === 'en' ? 'zh' : 'en');

describe('every page in both languages', () => {
  it('has no page that exists in one language only', () => {
    const all = new Set(pages);
    const orphans = pages.filter((page) => !all.has(twinOf(page)));
    expect(orphans).toEqual([]);
    expect(pages.filter((p) => langFromPath(p) === 'zh').length).toBe(pages.filter((p) => langFromPath(p) === 'en').length);
  });

  it('marks each page with its language and links its twin with hreflang', () => {
    for (const page of pages) {
      const html = readDist(page.endsWith('/') ? `${page}index.html` : page);
      const lang = langFromPath(page) === 'zh' ? 'zh-Hans' : 'en';
      expect(html, page).toContain(`<html lang="${lang}"`);
      if (page.includes('404')) continue;
      const twin = localisePath(page, langFromPath(page) === 'en' ? 'zh' : 'en');
      const hreflang = langFromPath(twin) === 'zh' ? 'zh-Hans' : 'en';
      expect(html, page).toMatch(
        new RegExp(`<link rel="alternate" hreflang="${hreflang}" href="[^"]*${twin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`),
      );
    }
  });

  it('shows Chinese readers no English interface text on the founding case', () => {
    const html = readDist(`/zh${FOUNDING}index.html`);
    const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
    for (const english of ['Key facts', 'Timeline', 'Sources', 'Cite this page', 'First published', 'Skip to main content', 'Search']) {
      expect(text, english).not.toContain(english);
    }
    expect(text).toContain('关键事实');
    expect(text).toContain('微商');
  });
});

describe('the language switch', () => {
  for (const path of [
    FOUNDING,
    '/products/fda-counterfeit-botox-150-units-c3709c3/',
    '/lots/c3709c3/',
    '/risks/danger-signs/',
    '/search/?q=botox',
  ]) {
    it(`keeps the reader on ${path}, there and back`, async () => {
      const { page, context, errors } = await openPage(site.browser, site.url, { viewport: PHONE });
      await page.goto(site.url + path);
      await page.locator('a[data-language-switch]:visible').click();
      await page.waitForURL((url) => url.pathname.startsWith('/zh/'));
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/zh${path}`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
      await page.locator('a[data-language-switch]:visible').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/zh/'));
      expect(new URL(page.url()).pathname).toBe(neutralPath(`/zh${path.split('?')[0]}`));
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

async function resultsFor(page: Page, searchPath: string, query: string): Promise<{ href: string; title: string }[]> {
  await page.goto(`${site.url}${searchPath}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /result|could not|结果|无法/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page.$$eval('#search-results > li h2 a', (links) =>
    links.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent ?? '' })),
  );
}

describe('search across both languages', () => {
  const cases: { from: string; query: string; expect: string; within?: number }[] = [
    // The case's short names are in the exact-answer index, so it comes first however many records mention Donghai.
    { from: '/zh/search/', query: '东海', expect: `/zh${FOUNDING}`, within: 1 },
    { from: '/zh/search/', query: '微商', expect: `/zh${FOUNDING}` },
    { from: '/zh/search/', query: '保妥适', expect: '/zh/brands/botox/', within: 1 },
    { from: '/zh/search/', query: '肉毒', expect: '/zh/' },
    { from: '/zh/search/', query: '玻尿酸', expect: '/zh/' },
    { from: '/zh/search/', query: 'Botox', expect: '/zh/brands/botox/', within: 1 },
    { from: '/zh/search/', query: 'Donghai', expect: `/zh${FOUNDING}` },
    { from: '/search/', query: '东海', expect: FOUNDING, within: 1 },
    { from: '/search/', query: '微商', expect: FOUNDING },
    { from: '/search/', query: '玻尿酸', expect: '/' },
    { from: '/search/', query: 'Donghai', expect: FOUNDING },
  ];
  for (const c of cases) {
    it(`finds "${c.query}" from ${c.from}, linking pages in the reader's language`, async () => {
      const { page, context, errors } = await openPage(site.browser, site.url);
      const results = await resultsFor(page, c.from, c.query);
      expect(results.length).toBeGreaterThan(0);
      expect(
        results.slice(0, c.within ?? 3).some((r) => r.href.startsWith(c.expect)),
        JSON.stringify(results.slice(0, 3)),
      ).toBe(true);
      const readerLang = langFromPath(c.from);
      expect(results.every((r) => langFromPath(r.href) === readerLang)).toBe(true);
      expect(new Set(results.map((r) => r.href)).size).toBe(results.length);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('pins an exact lot number first in Chinese, linking the Chinese lot page', async () => {
    const { page, context } = await openPage(site.browser, site.url, { viewport: PHONE });
    const results = await resultsFor(page, '/zh/search/', 'c3709 c3');
    expect(results[0]?.href).toBe('/zh/lots/c3709c3/');
    await expect(page.locator('#search-results > li').first().textContent()).resolves.toContain('批号');
    await context.close();
  });

  it('searches from the header of any Chinese page and stays in Chinese', async () => {
    const { page, context } = await openPage(site.browser, site.url, { viewport: PHONE });
    await page.goto(`${site.url}/zh${FOUNDING}`);
    await page.fill('#header-search', '衡力');
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/zh\/search\/\?q=/);
    await page.waitForFunction(() => /结果|无法/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const hrefs = await page.$$eval('#search-results > li h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/zh/'))).toBe(true);
    await context.close();
  });
});

describe('feeds and share images in Chinese', () => {
  it('publishes a Chinese feed whose entries link Chinese pages', async () => {
    const response = await fetch(`${site.url}/zh/feed.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('xml:lang="zh-Hans"');
    expect(xml).toContain('<title>假针剂观察</title>');
    const links = [...xml.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.length).toBeGreaterThan(40);
    expect(links.every((path) => path.startsWith('/zh/'))).toBe(true);
    expect(xml).toMatch(/<title>[^<]*东海[^<]*<\/title>/);
  });

  it('points Chinese pages at Chinese share images', async () => {
    const html = readDist(`/zh${FOUNDING}index.html`);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(new URL(image!).pathname).toBe('/zh/share/cases/donghai-wechat-fake-injectables-network.png');
    const response = await fetch(site.url + new URL(image!).pathname);
    expect(response.headers.get('content-type')).toContain('image/png');
    const english = await fetch(`${site.url}/share/cases/donghai-wechat-fake-injectables-network.png`);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(await english.arrayBuffer()))).toBe(false);
  });
});
