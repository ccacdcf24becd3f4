import { describe, expect, it } from 'vitest';
import { MAX_RESULTS, filterCountText, summariseResults } from '../../src/lib/search/results.browser.ts';
import { en } from '../../src/i18n/ui.en.ts';

const r = (url: string, content: string) => ({ url, content });
const base = { reported: 0, loaded: 0, label: 'botox' };

describe('what the search page says about its results', () => {
  it('shows results that contain every word of the query as answers', () => {
    const results = [r('/a/', 'Counterfeit Botox lot'), r('/b/', 'Botox sold online')];
    const s = summariseResults({ ...base, query: 'botox', results, reported: 2, loaded: 2 }, en.script);
    expect(s.answers.map((x) => x.url)).toEqual(['/a/', '/b/']);
    expect(s.notFound).toBe(false);
    expect(s.status).toBe('2 results for “botox”.');
  });

  it('says "not found" when only prefix matches came back, and offers them apart as similar', () => {
    const s = summariseResults(
      { ...base, query: 'donghai', label: 'donghai', results: [r('/x/', 'dosis del lote')], reported: 1, loaded: 1 },
      en.script,
    );
    expect(s.notFound).toBe(true);
    expect(s.answers).toEqual([]);
    expect(s.similar.map((x) => x.url)).toEqual(['/x/']);
    expect(s.status).toBe('No results for “donghai”.');
  });

  it('counts a pinned exact lot once, and does not repeat the pages it already links', () => {
    const results = [
      r('/lots/c3709c3/', 'Lot C3709C3'),
      r('/products/p/', 'C3709C3 counterfeit'),
      r('/cases/c/', 'lot C3709C3 in the case'),
    ];
    const s = summariseResults(
      {
        ...base,
        query: 'C3709C3',
        label: 'C3709C3',
        results,
        reported: 3,
        loaded: 3,
        pinned: { urls: ['/lots/c3709c3/', '/products/p/'] },
      },
      en.script,
    );
    expect(s.answers.map((x) => x.url)).toEqual(['/cases/c/']);
    expect(s.status).toBe('2 results for “C3709C3”.');
  });

  it('says "more than" when the index reported more results than were loaded', () => {
    const results = Array.from({ length: 40 }, (_, i) => r(`/p/${i}/`, 'botox'));
    const s = summariseResults({ ...base, query: 'botox', results, reported: 90, loaded: 40 }, en.script);
    expect(s.answers).toHaveLength(MAX_RESULTS);
    expect(s.status).toBe(`More than 40 results for “botox”. The best ${MAX_RESULTS} are shown.`);
  });

  it('words the register filter count', () => {
    expect(filterCountText(en.script, 1)).toBe('1 record matches these filters.');
    expect(filterCountText(en.script, 7)).toBe('7 records match these filters.');
  });
});
