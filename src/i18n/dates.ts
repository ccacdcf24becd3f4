/**
 * Dates for people, in the reader's language: "16 April 2024" / "2024年4月16日",
 * "April 2024" / "2024年4月", "2024" / "2024年". All through Intl, in UTC so a
 * build machine's time zone never shifts a date.
 */
import { LANG_TAG, type Lang } from './languages';

const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', zh: LANG_TAG.zh };
const MISSING: Record<Lang, string> = { en: 'Date not shown', zh: '日期未公布' };

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, parts: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${lang}:${parts}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
      timeZone: 'UTC',
      year: 'numeric',
      ...(parts !== 'year' ? { month: 'long' } : {}),
      ...(parts === 'day' ? { day: 'numeric' } : {}),
    });
    formats.set(key, formatter);
  }
  return formatter;
}

/** A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) as words. */
export function formatPartialDate(value: string | undefined, missing?: string, lang: Lang = 'en'): string {
  if (!value) return missing ?? MISSING[lang];
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  return format(lang, day ? 'day' : month ? 'month' : 'year').format(date);
}

/** Our own editorial dates are full dates. */
export function formatDate(date: Date, lang: Lang = 'en'): string {
  return format(lang, 'day').format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A timeline's "when" as written, with any ISO dates in it spelled out ("2024-02-23 to 2024-03-07"). */
export function formatWhen(when: string, lang: Lang = 'en'): string {
  return when.replace(/\b(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b/g, (match) => formatPartialDate(match, undefined, lang));
}
