import { describe, expect, it } from 'vitest';
import { announcement, optionHref, suggestionOptions } from '../../src/lib/search/suggest.browser.ts';
import type { Suggestion } from '../../src/lib/search/exact-index.ts';

const ENGLISH = { reader: { code: 'en', tag: 'en' }, fallback: { code: 'en', tag: 'en' } };
const CHINESE = { reader: { code: 'zh', tag: 'zh-Hans' }, fallback: { code: 'en', tag: 'en' } };

const FOUND: Suggestion[] = [
  ['Botox', 'brand', '/brands/botox/', 'botox'],
  ['BOTOX®', 'brand', '/brands/botox/', 'botox'],
  ['C3709C3', 'lot', '/lots/c3709c3/', 'c3709c3'],
  ['Botox', 'record', '/products/a/', 'botox'],
  ['"BOTOX"', 'record', '/products/b/', 'botox'],
  ['Counterfeit Botox©', 'record', '/products/c/', 'botox'],
  ['“Botox” preparations', 'record', '/products/d/', 'botoxpreparations', { zh: '“Botox”制剂' }],
  ['Botox sold online', 'case', '/cases/e/', 'botoxsoldonline', { zh: '网上销售的 Botox' }],
];

describe('suggestion options', () => {
  it('keep the index’s order, name a brand once, and show records that share a name as one group', () => {
    const options = suggestionOptions(FOUND, ENGLISH);
    expect(options.map((o) => [o.label, o.kind, o.path, o.count])).toEqual([
      ['Botox', 'brand', '/brands/botox/', 1],
      ['C3709C3', 'lot', '/lots/c3709c3/', 1],
      ['Botox', 'record', undefined, 3],
      ['“Botox” preparations', 'record', '/products/d/', 1],
      ['Botox sold online', 'case', '/cases/e/', 1],
    ]);
    expect(options.every((o) => o.lang === undefined)).toBe(true);
  });

  it('show titles in the reader’s edition, and mark an untranslated title with its language', () => {
    const options = suggestionOptions(FOUND, CHINESE);
    expect(options.map((o) => [o.label, o.lang])).toEqual([
      ['Botox', undefined],
      ['C3709C3', undefined],
      ['Botox', 'en'],
      ['“Botox”制剂', undefined],
      ['网上销售的 Botox', undefined],
    ]);
  });

  it('stop at the limit, but still count the records of a group already shown', () => {
    const options = suggestionOptions(FOUND, ENGLISH, 3);
    expect(options).toHaveLength(3);
    expect(options[2]).toMatchObject({ label: 'Botox', count: 3 });
    expect(suggestionOptions([], ENGLISH)).toEqual([]);
  });

  it('lead to the page in the reader’s edition, or for a group to the search results for its name', () => {
    const [brand, , group] = suggestionOptions(FOUND, ENGLISH);
    const localise = (path: string) => `/zh${path}`;
    expect(optionHref(brand!, localise, '/zh/search/')).toBe('/zh/brands/botox/');
    expect(optionHref(group!, localise, '/zh/search/')).toBe('/zh/search/?q=Botox');
    expect(optionHref({ label: 'A & B?', kind: 'record', count: 2 }, localise, '/search/')).toBe('/search/?q=A%20%26%20B%3F');
  });
});

describe('what the live region says', () => {
  const words = { one: '1 suggestion.', many: '{n} suggestions.', none: 'No suggestions.' };
  const options = suggestionOptions(FOUND, ENGLISH);

  it('says the count once the list changes, and nothing when it has not', () => {
    const first = announcement(options, '', words)!;
    expect(first.text).toBe('5 suggestions.');
    expect(announcement(options, first.said, words)).toBeUndefined();
    expect(announcement(options.slice(0, 1), first.said, words)?.text).toBe('1 suggestion.');
  });

  it('says "no suggestions" only when there were some before', () => {
    expect(announcement([], '', words)).toBeUndefined();
    const said = announcement(options, '', words)!.said;
    expect(announcement([], said, words)?.text).toBe('No suggestions.');
  });
});
