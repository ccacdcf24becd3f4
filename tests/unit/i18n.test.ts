import { describe, expect, it } from 'vitest';
import { alternates, langFromPath, localisePath, neutralPath } from '../../src/i18n/languages.ts';
import { en } from '../../src/i18n/ui.en.ts';
import { zh } from '../../src/i18n/ui.zh.ts';
import { vocab } from '../../src/i18n/vocabulary.ts';
import { formatDate, formatPartialDate, formatWhen } from '../../src/i18n/dates.ts';
import { preferReaderLanguage } from '../../src/lib/search/editions.browser.ts';

describe('addresses in two languages', () => {
  it('tells the language of a path and moves a path between languages', () => {
    expect(langFromPath('/zh/cases/x/')).toBe('zh');
    expect(langFromPath('/zh/')).toBe('zh');
    expect(langFromPath('/zhejiang/')).toBe('en');
    expect(langFromPath('/cases/x/')).toBe('en');
    expect(neutralPath('/zh/cases/x/')).toBe('/cases/x/');
    expect(neutralPath('/zh/')).toBe('/');
    expect(localisePath('/cases/x/', 'zh')).toBe('/zh/cases/x/');
    expect(localisePath('/zh/cases/x/', 'zh')).toBe('/zh/cases/x/');
    expect(localisePath('/zh/cases/x/', 'en')).toBe('/cases/x/');
    expect(localisePath('https://example.org/a/', 'zh')).toBe('https://example.org/a/');
    expect(localisePath('/404.html', 'zh')).toBe('/zh/404/');
    expect(localisePath('/zh/404/', 'en')).toBe('/404.html');
    expect(alternates('/lots/c3709c3/')).toEqual([
      { lang: 'en', path: '/lots/c3709c3/' },
      { lang: 'zh', path: '/zh/lots/c3709c3/' },
    ]);
  });
});

/** Every key path of a dictionary, with a function's arity: two dictionaries must have the same set. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()${value.length}`];
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return [`${path}[${value.length}]`];
  return Object.entries(value as object).flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key));
}

describe('interface dictionaries', () => {
  it('give Chinese every key and every function English has, and no other', () => {
    expect(shape(zh)).toEqual(shape(en));
  });
  it('leave no English interface word in the Chinese dictionary', () => {
    const words = shape(zh).flatMap((path) => {
      const value = path
        .split('.')
        .reduce<unknown>((obj, key) => (obj as Record<string, unknown>)[key.replace(/\(\)\d+$|\[\d+\]$/, '')], zh);
      return typeof value === 'string' ? [value] : [];
    });
    // Placeholders such as {lot} are filled by scripts, not read by people.
    const english = words.filter((w) => /\b(the|and|of|to|page|search|lot|case)\b/i.test(w.replace(/\{\w+\}/g, '')));
    expect(english).toEqual([]);
  });
  it('label every vocabulary value in Chinese', () => {
    const v = vocab('zh');
    for (const label of [
      ...Object.values(v.productTypes),
      ...Object.values(v.countries),
      ...Object.values(v.statusWords).map((w) => w.label),
    ]) {
      expect(label).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('dates per language', () => {
  it('write dates the Chinese way, and keep the English ones unchanged', () => {
    expect(formatPartialDate('2017-11-22', undefined, 'zh')).toBe('2017年11月22日');
    expect(formatPartialDate('2017-11', undefined, 'zh')).toBe('2017年11月');
    expect(formatPartialDate('2017', undefined, 'zh')).toBe('2017年');
    expect(formatPartialDate(undefined, undefined, 'zh')).toBe('日期未公布');
    expect(formatDate(new Date('2026-11-29T00:00:00Z'), 'zh')).toBe('2026年11月29日');
    expect(formatPartialDate('2017-11-22')).toBe('22 November 2017');
    expect(formatPartialDate('2017-11')).toBe('November 2017');
    expect(formatWhen('2024-02-23 至 2024-03-07', 'zh')).toBe('2024年2月23日 至 2024年3月7日');
  });
});

const EN = { tag: 'en', prefix: '' };
const ZH = { tag: 'zh-Hans', prefix: '/zh' };
const EDITIONS = [EN, ZH, { tag: 'en-XA', prefix: '/xa' }];

describe('search results across the editions', () => {
  const r = (url: string) => ({ url });
  it('keeps one result per page, in the reader language, in rank order', () => {
    const out = preferReaderLanguage([r('/cases/a/'), r('/zh/cases/a/'), r('/zh/products/b/'), r('/lots/c/')], ZH, EDITIONS);
    expect(out.map((x) => x.url)).toEqual(['/zh/cases/a/', '/zh/products/b/', '/zh/lots/c/']);
    expect(out.map((x) => x.matchedIn)).toEqual([undefined, undefined, 'en']);
    expect(out[0]!.data.url).toBe('/zh/cases/a/');
  });
  it('links an English reader to the English twin of a page matched only in Chinese', () => {
    const out = preferReaderLanguage([r('/zh/cases/donghai/')], EN, EDITIONS);
    expect(out).toEqual([{ data: { url: '/zh/cases/donghai/' }, url: '/cases/donghai/', matchedIn: 'zh-Hans' }]);
  });
});
