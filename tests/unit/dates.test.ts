import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate } from '../../src/i18n/dates.ts';

describe('dates', () => {
  it('formats partial dates as people write them', () => {
    expect(formatPartialDate('2024-04-16')).toBe('16 April 2024');
    expect(formatPartialDate('2015-04')).toBe('April 2015');
    expect(formatPartialDate('2017')).toBe('2017');
    expect(formatPartialDate(undefined)).toBe('Date not shown');
  });
  it('formats editorial dates in UTC whatever the machine zone', () => {
    expect(formatDate(new Date('2026-11-29T00:00:00Z'))).toBe('29 November 2026');
  });
});

describe('formatWhen', () => {
  it('spells out ISO dates and keeps words as written', async () => {
    const { formatWhen } = await import('../../src/i18n/dates.ts');
    expect(formatWhen('2024-02-23 to 2024-03-07')).toBe('23 February 2024 to 7 March 2024');
    expect(formatWhen('2017-01')).toBe('January 2017');
    expect(formatWhen('Early 2016 ("early last year")')).toBe('Early 2016 ("early last year")');
  });
});
