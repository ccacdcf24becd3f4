import { describe, expect, it } from 'vitest';
import { checkIntegrity, duplicateSlugs, type EntryLike } from '../../src/lib/content/integrity.ts';

const source = (id: string): EntryLike => ({ id, collection: 'sources', data: {} });
const ref = (collection: string, id: string) => ({ collection, id });

const product = (overrides: Record<string, unknown> = {}): EntryLike => ({
  id: 'fda-counterfeit-botox',
  collection: 'products',
  filePath: 'content/products/fda-counterfeit-botox.md',
  data: {
    authority: ref('authorities', 'us-fda'),
    alert: { source: ref('sources', 'kiro7') },
    cases: [],
    sources: [ref('sources', 'kiro7')],
    ...overrides,
  },
});
const fda: EntryLike = { id: 'us-fda', collection: 'authorities', data: { sources: [] } };

describe('checkIntegrity', () => {
  it('passes a consistent set', () => {
    expect(checkIntegrity([source('kiro7'), fda, product()])).toEqual([]);
  });

  it('names the file and field of an unknown reference', () => {
    const problems = checkIntegrity([source('kiro7'), fda, product({ authority: ref('authorities', 'us-fdx') })]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/products/fda-counterfeit-botox.md',
        field: 'authority',
        message: expect.stringContaining('us-fdx'),
      }),
    ]);
  });

  it('flags an unknown source and an unknown case', () => {
    const problems = checkIntegrity([
      source('kiro7'),
      fda,
      product({ sources: [ref('sources', 'kiro7'), ref('sources', 'ghost')], cases: [ref('cases', 'no-such-case')] }),
    ]);
    expect(problems.map((p) => p.field).sort()).toEqual(['cases[0]', 'sources[1]']);
  });

  it('requires the alert source to be in the numbered source list', () => {
    const problems = checkIntegrity([source('kiro7'), source('other'), fda, product({ sources: [ref('sources', 'other')] })]);
    expect(problems).toEqual([expect.objectContaining({ field: 'alert.source' })]);
  });

  it('requires key-fact and timeline sources of a case to be listed', () => {
    const entry: EntryLike = {
      id: 'donghai',
      collection: 'cases',
      data: {
        authorities: [],
        products: [],
        keyFacts: [{ sources: [ref('sources', 'kiro7')] }],
        timeline: [{ sources: [ref('sources', 'other')] }],
        people: [],
        sources: [ref('sources', 'kiro7')],
      },
    };
    const problems = checkIntegrity([source('kiro7'), source('other'), entry]);
    expect(problems).toEqual([expect.objectContaining({ field: 'timeline[0].sources[0]' })]);
  });

  it('rejects a source listed twice and a slug that is not lowercase', () => {
    const problems = checkIntegrity([
      source('kiro7'),
      fda,
      { ...product({ sources: [ref('sources', 'kiro7'), ref('sources', 'kiro7')] }), id: 'Bad_Slug' },
    ]);
    expect(problems.map((p) => p.field).sort()).toEqual(['(file name)', 'sources[1]']);
  });
});

describe('duplicateSlugs', () => {
  it('finds files that claim the same slug with different extensions', () => {
    expect(duplicateSlugs(['a.md', 'a.mdx', 'b.md'])).toEqual([['a.md', 'a.mdx']]);
    expect(duplicateSlugs(['a.md', 'b.md'])).toEqual([]);
  });
});
