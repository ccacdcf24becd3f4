import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, excerptParts, isStrongMatch, queryTerms, readQuery } from '../../src/lib/search/query.browser.ts';
import { resultCountText } from '../../src/lib/search/results.browser.ts';
import { en } from '../../src/i18n/ui.en.ts';
import { zh } from '../../src/i18n/ui.zh.ts';
import { searchParams } from '../../src/lib/search/facets.browser.ts';

describe('readQuery', () => {
  it('reads q from the URL, with + as space', () => {
    expect(readQuery('?q=botox+100')).toBe('botox 100');
    expect(readQuery('?x=1&q=%E4%BF%9D%E5%A6%A5%E9%80%82')).toBe('保妥适');
  });
  it('never throws on a malformed escape such as a lone %', () => {
    expect(readQuery('?q=%')).toBe('%');
    expect(readQuery('?q=100%25')).toBe('100%');
  });
  it('caps very long input and strips control characters', () => {
    expect(readQuery(`?q=${'a'.repeat(5000)}`)).toHaveLength(MAX_QUERY_LENGTH);
    expect(readQuery('?q=a%00b%0Ac')).toBe('a b c');
  });
  it('is empty when there is no query', () => {
    expect(readQuery('')).toBe('');
  });
});

describe('the search URL', () => {
  it('round-trips any query through searchParams and readQuery', () => {
    for (const q of ['C3709 C3', '"><img src=x onerror=alert(1)>', '保妥适 & 衡力', '100%', 'a+b=c']) {
      expect(readQuery(searchParams(q, {}, 'relevance'))).toBe(q);
    }
  });
});

describe('excerptParts', () => {
  it('separates highlighted runs from plain text', () => {
    expect(excerptParts('lot <mark>C3709C3</mark> on the carton')).toEqual([
      { text: 'lot ', marked: false },
      { text: 'C3709C3', marked: true },
      { text: ' on the carton', marked: false },
    ]);
  });
  it('leaves any other markup as text for the caller to show as text', () => {
    expect(excerptParts('&lt;script&gt; <b>x</b>')).toEqual([{ text: '&lt;script&gt; <b>x</b>', marked: false }]);
  });
});

describe('resultCountText', () => {
  it('says how many results there are', () => {
    expect(resultCountText(en.script, 0, 'zzz')).toBe('No results for “zzz”.');
    expect(resultCountText(en.script, 1, 'x')).toBe('1 result for “x”.');
    expect(resultCountText(en.script, 3, 'x')).toBe('3 results for “x”.');
    expect(resultCountText(zh.script, 3, '保妥适')).toBe('找到 3 条与“保妥适”相关的结果。');
    expect(resultCountText(zh.script, 0, '{n}')).toBe('没有找到与“{n}”相关的结果。');
  });
});

describe('isStrongMatch', () => {
  const page = 'Counterfeit BOTOX 150 Units, lot C3709C3. 保妥适 is the approved name. Seized in Donghai County.';
  it('accepts results that contain every word of the query', () => {
    expect(isStrongMatch('botox', page)).toBe(true);
    expect(isStrongMatch('counterfeits botox', page)).toBe(true);
    expect(isStrongMatch('保妥适', page)).toBe(true);
    expect(isStrongMatch('c3709c3', page)).toBe(true);
    expect(isStrongMatch('C3709-C3', page)).toBe(true);
  });
  it('rejects prefix-only hits', () => {
    expect(isStrongMatch('Dongfang', page)).toBe(false);
    expect(isStrongMatch('botulax', page)).toBe(false);
    expect(isStrongMatch('C37', 'lot C3016 C3')).toBe(false);
  });
});

describe('queryTerms', () => {
  it('splits on spaces and punctuation but keeps codes and CJK whole', () => {
    expect(queryTerms('Botox, C3709-C3 "保妥适"')).toEqual(['botox', 'c3709-c3', '保妥适']);
  });
});
