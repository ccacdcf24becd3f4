import { describe, expect, it } from 'vitest';
import { changelog, countryCode, partialDate, webUrl } from '../../src/lib/content/schema-parts.ts';

describe('partialDate', () => {
  it('accepts years, months and days, including what YAML turns into numbers and dates', () => {
    expect(partialDate.parse('2017-11')).toBe('2017-11');
    expect(partialDate.parse(2017)).toBe('2017');
    expect(partialDate.parse(new Date('2017-11-22T00:00:00Z'))).toBe('2017-11-22');
  });
  it('rejects impossible or free-text dates', () => {
    for (const bad of ['2017-13', '22/11/2017', 'early 2016', '2017-11-32']) {
      expect(partialDate.safeParse(bad).success).toBe(false);
    }
  });
});

describe('webUrl', () => {
  it('accepts http and https addresses', () => {
    expect(webUrl.parse('https://www.tga.gov.au/node/504844')).toBe('https://www.tga.gov.au/node/504844');
  });
  it('rejects javascript:, data: and relative URLs', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', '/relative', 'not a url']) {
      expect(webUrl.safeParse(bad).success).toBe(false);
    }
  });
});

describe('countryCode', () => {
  it('accepts known codes and explains unknown ones', () => {
    expect(countryCode.parse('CN')).toBe('CN');
    const result = countryCode.safeParse('XX');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('unknown country code "XX"');
  });
});

describe('changelog', () => {
  it('defaults to empty and marks corrections explicitly', () => {
    expect(changelog.parse(undefined)).toEqual([]);
    expect(changelog.parse([{ date: '2026-12-01', change: 'Fixed a date' }])[0]?.correction).toBe(false);
  });
});
