import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, excerptParts, readQuery, resultCountText, searchUrl } from '../../src/lib/search-query';

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

describe('searchUrl', () => {
  it('round-trips through readQuery', () => {
    for (const q of ['C3709 C3', '"><img src=x onerror=alert(1)>', '保妥适 & 衡力', '100%']) {
      const url = searchUrl(q);
      expect(readQuery(url.slice(url.indexOf('?')))).toBe(q);
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
    expect(resultCountText(0, 'zzz')).toBe('No results for “zzz”.');
    expect(resultCountText(1, 'x')).toBe('1 result for “x”.');
    expect(resultCountText(3, 'x')).toBe('3 results for “x”.');
  });
});
