/** The feed and the sitemap parse as XML and list every case and register record. */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { DIST, openPage, useBuiltSite } from './harness.ts';
import { readPages } from '../audit/static.ts';
import { localisePath } from '../../src/i18n/languages.ts';

const ids = (folder: string) =>
  readdirSync(`content/${folder}`)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''));

const site = useBuiltSite();

/** Parse XML in the site.browser (a real parser) and return the text of every element matching `selector`. */
async function xmlTexts(path: string, selector: string, attribute?: string): Promise<string[]> {
  const { page, context } = await openPage(site.browser, site.url);
  await page.goto(`${site.url}/`);
  const result = await page.evaluate(
    async ({ path, selector, attribute }) => {
      const text = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
      return { values: [...doc.querySelectorAll(selector)].map((el) => (attribute ? el.getAttribute(attribute) : el.textContent) ?? '') };
    },
    { path, selector, attribute },
  );
  await context.close();
  expect(result.error).toBeUndefined();
  return result.values!;
}

describe('the Atom feed', () => {
  it('parses and lists every case and every register record', async () => {
    const links = await xmlTexts('/feed.xml', 'entry > link', 'href');
    const paths = links.map((l) => new URL(l).pathname);
    for (const id of ids('cases')) expect(paths).toContain(`/cases/${id}/`);
    for (const id of ids('products')) expect(paths).toContain(`/products/${id}/`);
  });
  it('is announced in the head of every built page, in the page’s language', () => {
    const missing = readPages(DIST).filter(
      (p) =>
        !p.html.includes(`<link rel="alternate" type="application/atom+xml" title="`) ||
        !p.html.includes(`href="${localisePath('/feed.xml', p.lang)}"`),
    );
    expect(missing.map((p) => p.path)).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('parses and lists every case and every register record', async () => {
    const sitemaps = await xmlTexts('/sitemap-index.xml', 'sitemap > loc');
    const locs: string[] = [];
    for (const sitemap of sitemaps) locs.push(...(await xmlTexts(new URL(sitemap).pathname, 'url > loc')));
    const paths = locs.map((l) => new URL(l).pathname);
    for (const id of ids('cases')) expect(paths).toContain(`/cases/${id}/`);
    for (const id of ids('products')) expect(paths).toContain(`/products/${id}/`);
    expect(paths.some((p) => p.includes('404'))).toBe(false);
  });
});

describe('link previews and structured data', () => {
  it('give each case and record a share image that exists, and valid JSON-LD', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    for (const path of ['/cases/donghai-wechat-fake-injectables-network/', '/products/cfda-fake-hengli-zhejiang-3-13/']) {
      await page.goto(site.url + path);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      const response = await fetch(site.url + new URL(image!).pathname);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.flatMap((b) => [JSON.parse(b)].flat());
      expect(data.map((d: { '@type': string }) => d['@type'])).toContain('BreadcrumbList');
      expect(data.map((d: { '@type': string }) => d['@type'])).toContain(path.startsWith('/cases/') ? 'NewsArticle' : 'WebPage');
    }
    await page.goto(site.url + '/risks/botulinum-toxin/');
    const risk = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((b) => [JSON.parse(b)].flat());
    expect(risk.find((d: { '@type': string }) => d['@type'] === 'MedicalWebPage')).toMatchObject({ lastReviewed: '2026-11-29' });
    await context.close();
  });
});
