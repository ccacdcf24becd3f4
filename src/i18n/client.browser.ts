/**
 * Browser scripts take their words and their language facts from the page
 * they run on: the page renders its dictionary's `script` strings into a
 * data-strings attribute and the site's editions into data-editions, so a
 * script ships no dictionary and no language registry, and always speaks the
 * page's language.
 */
import type { Dictionary } from './ui.ts';
import type { EditionAddress } from './addresses.browser.ts';

export type ScriptStrings = Dictionary['script'];

/** The strings a page put on `element` (data-strings); an empty object when absent. */
export function readStrings(element: HTMLElement | null): ScriptStrings {
  try {
    return JSON.parse(element?.dataset['strings'] ?? '{}') as ScriptStrings;
  } catch {
    return {} as ScriptStrings;
  }
}

export interface PageEditions {
  /** The edition the reader is in. */
  reader: EditionAddress;
  /** Every edition of the site, the reader's included. */
  editions: EditionAddress[];
}

/** The editions a page put on `element` (data-editions), with the reader's found from the page's own language. */
export function readEditions(element: HTMLElement | null): PageEditions {
  let editions: EditionAddress[];
  try {
    editions = JSON.parse(element?.dataset['editions'] ?? '[]') as EditionAddress[];
  } catch {
    editions = [];
  }
  if (editions.length === 0) editions = [{ tag: document.documentElement.lang || 'en', prefix: '' }];
  const reader = editions.find((e) => e.tag === document.documentElement.lang) ?? editions[0]!;
  return { reader, editions };
}

/** Fills {name} placeholders: fill('{n} results', { n: 3 }) is '3 results'. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
