/**
 * Browser scripts take their words from the page they run on: the page
 * renders its dictionary's `script` strings into a data-strings attribute,
 * so a script ships no dictionary and always speaks the page's language.
 */
import type { Dictionary } from './ui';

export type ScriptStrings = Dictionary['script'];

/** The strings a page put on `element` (data-strings); an empty object when absent. */
export function readStrings(element: HTMLElement | null): ScriptStrings {
  try {
    return JSON.parse(element?.dataset['strings'] ?? '{}') as ScriptStrings;
  } catch {
    return {} as ScriptStrings;
  }
}

/** Fills {name} placeholders: fill('{n} results', { n: 3 }) is '3 results'. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
