import { describe, expect, it } from 'vitest';
import { facetPairs, readFilters, searchParams } from '../../src/lib/search-facets';

describe('facetPairs', () => {
  it('turns a product into labelled filter values', () => {
    expect(
      facetPairs({ kind: 'Product', types: ['botulinum-toxin'], status: 'unlicensed', countries: ['GB', 'US'], date: '2025-08-30' }),
    ).toEqual([
      ['kind', 'Product'],
      ['type', 'Botulinum toxin'],
      ['status', 'Unlicensed'],
      ['country', 'United Kingdom'],
      ['country', 'United States'],
      ['year', '2025'],
    ]);
  });
});

describe('readFilters and searchParams', () => {
  it('round-trip filters and sort through the URL', () => {
    const query = searchParams('botox', { kind: 'Product', country: 'Mexico' }, 'newest');
    expect(query).toBe('?q=botox&kind=Product&country=Mexico&sort=newest');
    expect(readFilters(query)).toEqual({ filters: { kind: 'Product', country: 'Mexico' }, sort: 'newest' });
  });
  it('ignores unknown parameters and sorts', () => {
    expect(readFilters('?foo=1&sort=evil&kind=')).toEqual({ filters: {}, sort: 'relevance' });
  });
  it('never throws on malformed escapes', () => {
    expect(() => readFilters('?kind=%E0%A4%A')).not.toThrow();
  });
});
