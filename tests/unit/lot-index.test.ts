import { describe, expect, it } from 'vitest';
import { buildLotIndex, lotLookup } from '../../src/lib/search/lot-index.ts';

const products = [
  { id: 'fda-c3709c3', lots: [{ lot: 'C3709C3' }] },
  { id: 'cofepris-c3709c3', lots: [{ lot: 'C3709 C3', expiry: '12/2023' }] },
  {
    id: 'fda-2013',
    lots: [
      { lot: 'C3016 C3', expiry: '10-2014' },
      { lot: 'C3121 C3', expiry: '04-2015' },
    ],
  },
];

describe('buildLotIndex', () => {
  it('joins the same lot across records however it is printed', () => {
    const index = buildLotIndex(products);
    const c3709 = index.find((e) => e.normalised === 'C3709C3')!;
    expect(c3709.key).toBe('c3709c3');
    expect(c3709.spellings).toEqual(['C3709C3', 'C3709 C3']);
    expect(c3709.sightings.map((s) => s.productId)).toEqual(['fda-c3709c3', 'cofepris-c3709c3']);
  });
  it('keeps different lots apart and sorted', () => {
    expect(buildLotIndex(products).map((e) => e.normalised)).toEqual(['C3016C3', 'C3121C3', 'C3709C3']);
  });
  it('gives the search page a lookup by normalised lot', () => {
    const describe = (id: string) => ({ title: `Title of ${id}`, status: 'Counterfeit' });
    expect(lotLookup(buildLotIndex(products), describe)['C3709C3']).toEqual({
      url: '/lots/c3709c3/',
      records: [
        { url: '/products/fda-c3709c3/', title: 'Title of fda-c3709c3', status: 'Counterfeit' },
        { url: '/products/cofepris-c3709c3/', title: 'Title of cofepris-c3709c3', status: 'Counterfeit' },
      ],
    });
  });
});
