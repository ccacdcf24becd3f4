/**
 * What the suggestions under a search box show, decided from the exact-answer
 * index's suggestion files (exact.browser.ts `suggest`) without a browser:
 * each name in the reader's edition, its language marked when it is not the
 * reader's, and register records that share a name shown once (five records
 * all called "Botox" would be five options a reader could not tell apart), as
 * a count that opens the search results for that name.
 */
import type { Suggestion } from './exact-index.ts';
import { lookupKey } from './keys.browser.ts';

export interface SuggestOption {
  /** The text shown: the name in the reader's edition where the index has it. */
  label: string;
  /** The label's language tag, when it is not the reader's language (an English title on a Chinese page). */
  lang?: string;
  kind: Suggestion[1];
  /** The neutral path of its page; absent for records that share a name, which open the search results instead. */
  path?: string;
  /** How many records share this name: more than one for a group. */
  count: number;
}

export interface SuggestEditions {
  /** The reader's edition: its code in the index ("zh") and its language tag ("zh-Hans"). */
  reader: { code: string; tag: string };
  /** The edition every label is written in when no other is given (English). */
  fallback: { code: string; tag: string };
}

/** How many options the list shows at most. */
export const SUGGESTION_LIMIT = 8;

/** Suggestions as options, in the index's order (brands, lots, records, cases), at most `limit`. */
export function suggestionOptions(found: readonly Suggestion[], editions: SuggestEditions, limit = SUGGESTION_LIMIT): SuggestOption[] {
  const { reader, fallback } = editions;
  const options: SuggestOption[] = [];
  const byName = new Map<string, SuggestOption>();
  for (const [label, kind, path, , other] of found) {
    const own = reader.code === fallback.code ? label : other?.[reader.code];
    const shown = own ?? label;
    // Titles are written in a language; names of brands and lot numbers are the same in every edition.
    const titled = kind === 'record' || kind === 'case';
    const lang = titled && own === undefined && reader.tag !== fallback.tag ? fallback.tag : undefined;
    // Records are grouped by the name shown; anything else is one page, named once.
    const name = kind === 'record' ? `record:${lookupKey(shown) || shown}` : `${kind}:${path}:${lookupKey(shown)}`;
    const same = byName.get(name);
    if (same) {
      if (kind === 'record') {
        same.count++;
        delete same.path;
      }
      continue;
    }
    if (options.length >= limit) continue;
    const option: SuggestOption = { label: shown, kind, path, count: 1, ...(lang ? { lang } : {}) };
    byName.set(name, option);
    options.push(option);
  }
  return options;
}

/** Where an option leads: its page, or for records that share a name, the search results for that name. */
export function optionHref(option: SuggestOption, localise: (path: string) => string, searchPath: string): string {
  if (option.path) return localise(option.path);
  return `${searchPath}?q=${encodeURIComponent(option.label)}`;
}

export interface SuggestWords {
  one: string;
  many: string;
  none: string;
}

/**
 * What the live region should say once the list has settled, or undefined to
 * stay quiet: a count when the options changed since the last announcement,
 * "no suggestions" only when there were some before.
 */
export function announcement(
  options: readonly SuggestOption[],
  lastAnnounced: string,
  words: SuggestWords,
): { text: string; said: string } | undefined {
  const said = options.map((o) => `${o.kind}:${o.path ?? ''}:${o.label}:${o.count}`).join('\n');
  if (said === lastAnnounced) return undefined;
  if (options.length === 0) return lastAnnounced ? { text: words.none, said } : undefined;
  const text = options.length === 1 ? words.one : words.many.replace('{n}', String(options.length));
  return { text, said };
}
