import { describe, expect, it } from 'vitest';
import { facetPairs, readFilters, searchParams } from '../../src/lib/search/facets.browser.ts';

describe('facetPairs', () => {
  it('turns a product into language-neutral filter codes, shared by both editions', () => {
    expect(
      facetPairs({ kind: 'product', types: ['botulinum-toxin'], status: 'unlicensed', countries: ['GB', 'US'], date: '2025-08-30' }),
    ).toEqual([
      ['kind', 'product'],
      ['type', 'botulinum-toxin'],
      ['status', 'unlicensed'],
      ['country', 'GB'],
      ['country', 'US'],
      ['year', '2025'],
    ]);
  });
});

describe('readFilters and searchParams', () => {
  it('round-trip filters and sort through the URL', () => {
    const query = searchParams('botox', { kind: 'product', country: 'MX' }, 'newest');
    expect(query).toBe('?q=botox&kind=product&country=MX&sort=newest');
    expect(readFilters(query)).toEqual({ filters: { kind: 'product', country: 'MX' }, sort: 'newest' });
  });
  it('ignores unknown parameters and sorts', () => {
    expect(readFilters('?foo=1&sort=evil&kind=')).toEqual({ filters: {}, sort: 'relevance' });
  });
  it('never throws on malformed escapes', () => {
    expect(() => readFilters('?kind=%E0%A4%A')).not.toThrow();
  });
});
