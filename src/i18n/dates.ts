/**
 * Dates for people, in the reader's language: "16 April 2024" / "2024年4月16日",
 * "April 2024" / "2024年4月", "2024" / "2024年". All through Intl, in UTC so a
 * build machine's time zone never shifts a date.
 */
import { DEFAULT_LANG, edition, type Lang } from './languages.ts';
import { ui } from './ui.ts';
import { pseudo } from './pseudo.ts';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, parts: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${lang}:${parts}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(edition(lang).intl, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(parts !== 'year' ? { month: 'long' } : {}),
      ...(parts === 'day' ? { day: 'numeric' } : {}),
    });
    formats.set(key, formatter);
  }
  return formatter;
}

/** A pseudo-localised edition shows its dates pseudo-localised too, so they cannot pass for untranslated text. */
const localised = (text: string, lang: Lang) => (edition(lang).pseudo ? pseudo(text) : text);

/** A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) as words. */
export function formatPartialDate(value: string | undefined, missing?: string, lang: Lang = DEFAULT_LANG): string {
  if (!value) return missing ?? ui(lang).dates.notShownSentence;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  return localised(format(lang, day ? 'day' : month ? 'month' : 'year').format(date), lang);
}

/** Our own editorial dates are full dates. */
export function formatDate(date: Date, lang: Lang = DEFAULT_LANG): string {
  return localised(format(lang, 'day').format(date), lang);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A timeline's "when" as written, with any ISO dates in it spelled out ("2024-02-23 to 2024-03-07"). */
export function formatWhen(when: string, lang: Lang = DEFAULT_LANG): string {
  return when.replace(/\b(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b/g, (match) => formatPartialDate(match, undefined, lang));
}
