/**
 * Brand pages, country pages and the coverage ledger, read from the built
 * files and checked against the open data the same build wrote: every brand
 * and country has its page and feed in every language, the numbers on the
 * pages are the data's, each chart's table holds the data's counts, and no
 * page title calls a brand or a country's finds "fake" unless an authority did.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';
import { DIST } from '../browser/harness.ts';
import { LANGS, localisePath } from '../../src/i18n/languages.ts';
import { paths } from '../../src/lib/routing/paths.ts';
import type { BrandRecord, CoverageRecord, ProductRecord } from '../../src/lib/publish/export-schemas.ts';

const json = <T>(file: string) => (JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')) as { records: T[] }).records;
const products = json<ProductRecord>('products.json');
const brands = json<BrandRecord>('brands.json');
const coverage = json<CoverageRecord>('coverage.json');
const file = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const page = (path: string): Root => fromHtml(readFileSync(file(path), 'utf8'));
const text = (tree: Root, selector: string) => (select(selector, tree) ? toText(select(selector, tree)!).replace(/\s+/g, ' ').trim() : '');
const year = (p: ProductRecord) => (p.alert.date ? Number(p.alert.date.slice(0, 4)) : undefined);

/** Every country the register names a record in, as the country pages must cover them (INT is a body, not a place). */
const recordCountries = [...new Set(products.flatMap((p) => p.countries))].filter((c) => c !== 'INT').sort();

/** Counts by year, as a chart's table should show them: year → total. */
function totalsByYear(list: ProductRecord[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const p of list) if (year(p) !== undefined) totals.set(year(p)!, (totals.get(year(p)!) ?? 0) + 1);
  return totals;
}
/** A chart's table as year → total (its last column), leaving out years with nothing. */
function chartTotals(tree: Root, chart: string): Map<number, number> {
  const rows = selectAll(`[data-chart="${chart}"] [data-chart-table] tbody tr`, tree);
  return new Map(
    rows
      .map((row) => {
        const cells = selectAll('th, td', row).map((c) => toText(c).trim());
        return [Number(cells[0]), Number(cells.at(-1))] as [number, number];
      })
      .filter(([, total]) => total > 0),
  );
}

describe('brand pages', () => {
  it('exist, with their feeds, for every brand the records name, in every language', () => {
    const named = [...new Set(products.map((p) => p.brandId).filter(Boolean))].sort();
    expect(brands.map((b) => b.id).sort()).toEqual(named);
    const missing = brands.flatMap((b) =>
      LANGS.flatMap((lang) => [localisePath(paths.brand(b.id), lang), localisePath(paths.brandFeed(b.id), lang)]).filter(
        (p) => !existsSync(file(p)),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('list every record of the brand once, fakes apart from unapproved or irregular supply', () => {
    for (const brand of brands) {
      const tree = page(paths.brand(brand.id));
      const listed = selectAll('[data-record]', tree).map((el) => String(el.properties['dataRecord']));
      expect(listed.sort(), brand.id).toEqual([...brand.products].sort());
      const family = new Map(products.map((p) => [p.id, p.statusFamily]));
      const inGroup = (group: string) =>
        selectAll(`[data-group="${group}"] [data-record]`, tree).map((el) => family.get(String(el.properties['dataRecord'])));
      expect(new Set(inGroup('fakes')), brand.id).toEqual(new Set(inGroup('fakes').length ? ['fake'] : []));
      expect(
        inGroup('other').every((f) => f === 'unapproved' || f === 'irregular'),
        brand.id,
      ).toBe(true);
    }
  });

  it('chart the same counts by year as the data', () => {
    for (const brand of brands) {
      const mine = products.filter((p) => p.brandId === brand.id);
      expect(chartTotals(page(paths.brand(brand.id)), 'brand-years'), brand.id).toEqual(totalsByYear(mine));
    }
  });

  it('never say "fake" in the title of a brand that no authority called counterfeit or falsified', () => {
    for (const brand of brands) {
      const families = new Set(products.filter((p) => p.brandId === brand.id).map((p) => p.statusFamily));
      if (families.has('fake') || families.has('suspected')) continue;
      for (const lang of LANGS) {
        const tree = page(localisePath(paths.brand(brand.id), lang));
        // The site's own name ("Fake Injectables Watch", 假针剂观察) ends every title; it is not said of the brand.
        const title = text(tree, 'title').split(' | ')[0];
        const words = `${title} ${text(tree, 'h1')} ${String(select('meta[name="description"]', tree)?.properties['content'])}`;
        expect(words, `${lang} ${brand.id}`).not.toMatch(/fake|counterfeit|假/i);
      }
    }
  });

  it('show the genuine names the brand file gives, each marked with its language', () => {
    for (const brand of brands.filter((b) => b.names.length > 0)) {
      const names = selectAll('[data-brand-names] [lang]', page(paths.brand(brand.id))).map((el) => [
        toText(el),
        String(el.properties['lang']),
      ]);
      expect(names, brand.id).toEqual(brand.names.map((n) => [n.name, n.lang]));
    }
  });

  it('offer a feed holding exactly the brand’s records, linked from the page head', () => {
    for (const brand of brands) {
      const feed = readFileSync(file(paths.brandFeed(brand.id)), 'utf8');
      const entries = [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => new URL(m[1]!).pathname);
      for (const id of brand.products) expect(entries, brand.id).toContain(paths.product(id));
      expect(entries.filter((e) => e.startsWith('/products/')).length, brand.id).toBe(brand.products.length);
      const alternate = selectAll('link[rel="alternate"][type="application/atom+xml"]', page(paths.brand(brand.id))).map((l) =>
        String(l.properties['href']),
      );
      expect(alternate, brand.id).toContain(paths.brandFeed(brand.id));
    }
  });
});

describe('country pages', () => {
  it('exist, with their feeds, for every country with records, in every language', () => {
    const missing = recordCountries.flatMap((c) =>
      LANGS.flatMap((lang) => [localisePath(paths.country(c), lang), localisePath(paths.countryFeed(c), lang)]).filter(
        (p) => !existsSync(file(p)),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('list every record found there, newest first, and count them as the data does', () => {
    for (const country of recordCountries) {
      const tree = page(paths.country(country));
      const mine = products.filter((p) => p.countries.includes(country));
      const listed = selectAll('[data-record]', tree).map((el) => String(el.properties['dataRecord']));
      expect([...listed].sort(), country).toEqual(mine.map((p) => p.id).sort());
      const dates = listed.map((id) => products.find((p) => p.id === id)!.alert.date ?? '');
      expect(dates, `${country}: newest first`).toEqual([...dates].sort().reverse());
      expect(text(tree, '[data-summary]'), country).toContain(`${mine.length} record`);
      const perAuthority = selectAll('[data-authorities] tbody tr', tree).reduce(
        (sum, row) => sum + Number(toText(selectAll('td', row)[0]!)),
        0,
      );
      expect(perAuthority, country).toBe(mine.length);
      expect(chartTotals(tree, 'country-years'), country).toEqual(totalsByYear(mine));
    }
  });

  it('give a reader there guidance, or say plainly that we have none and link the general guide', () => {
    for (const country of recordCountries) {
      const tree = page(paths.country(country));
      for (const part of ['check-product', 'check-injector', 'report']) {
        const block = select(`[data-guidance="${part}"]`, tree)!;
        const hasItems = selectAll('li', block).length > 0;
        const saysNone = Boolean(select('[data-nothing-yet] a[href^="/risks/"]', block));
        expect(hasItems !== saysNone, `${country} ${part}`).toBe(true);
      }
    }
  });
});

describe('the coverage ledger', () => {
  it('lists every authority the data says is covered, with the same number of records', () => {
    const tree = page(paths.coverage);
    const rows = new Map(
      selectAll('[data-covered] tbody tr', tree).map((row) => [
        String(row.properties['dataAuthority']),
        Number(toText(selectAll('td', row)[1]!)),
      ]),
    );
    const expected = new Map(coverage.flatMap((c) => c.covered.map((a) => [a.authority.id, a.records] as const)));
    expect(rows).toEqual(expected);
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBe(products.length);
  });

  it('is where the search page sends a reader whose product is not in the register', () => {
    for (const lang of LANGS) {
      const link = select('#search-empty [data-coverage-link]', page(localisePath(paths.search, lang)));
      expect(link?.properties['href'], lang).toBe(localisePath(paths.coverage, lang));
    }
  });
});

describe('the home page', () => {
  it('charts every dated record by year and maps every country with records', () => {
    const tree = page(paths.home);
    expect(chartTotals(tree, 'home-years')).toEqual(totalsByYear(products));
    const everyCountry = new Set(recordCountries.map((c) => paths.country(c)));
    const tiles = selectAll('.tile-map a', tree).map((a) => String(a.properties['href']));
    // Every tile is a country with records; the list under the map names every one of them.
    expect(tiles.every((href) => everyCountry.has(href))).toBe(true);
    expect(tiles.length).toBeGreaterThan(recordCountries.length - 3);
    expect(new Set(selectAll('[data-map-list] a', tree).map((a) => String(a.properties['href'])))).toEqual(everyCountry);
  });
});
