/**
 * The interface dictionaries. English is the reference: the Chinese one must
 * have exactly its keys and function signatures, checked by the compiler.
 */
import { en } from './ui.en.ts';
import { zh } from './ui.zh.ts';
import type { Lang } from './languages.ts';
import { pseudoDeep } from './pseudo.ts';

/** The shape of a dictionary: English's keys, with any wording. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { -readonly [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;

const DICTIONARIES: Record<Lang, Dictionary> = { en, zh, xa: pseudoDeep(en) };

export function ui(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
