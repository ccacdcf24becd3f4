/**
 * One rule for turning what a person types, or what a record says, into a
 * lookup key. The build uses it to write the exact-answer index and the
 * browser uses it to read it, so "BOTOX® 100 Units", "botox 100u" and
 * "Botox-100 U" are one key, however they are typed.
 *
 * The rule, in order: Unicode compatibility forms (NFKC: full-width letters
 * and digits become plain ones), lower case, accents dropped from Latin
 * letters (but not the marks that change a Japanese kana), ® ™ © dropped,
 * units written one way ("100 units", "100 U", "100 IU", "100 单位" → "100u"),
 * words that only say what the reader fears ("fake", "假", "가짜", "falso"...)
 * dropped, and then everything that is not a letter or a digit removed.
 */

/** Words a reader adds to a name that say nothing about which product it is, in the site's languages and its sources'. */
const NOISE_WORDS = new Set([
  // English
  'fake',
  'fakes',
  'counterfeit',
  'counterfeits',
  'real',
  'genuine',
  'original',
  'authentic',
  'is',
  'it',
  'my',
  'this',
  'check',
  'or',
  'not',
  // Spanish, Portuguese, Italian, French, German, Turkish, Russian
  'falso',
  'falsa',
  'falsos',
  'falsas',
  'falsificado',
  'falsificada',
  'falsificados',
  'verdadero',
  'verdadeiro',
  'pirata',
  'contraffatto',
  'faux',
  'contrefaçon',
  'contrefait',
  'gefälscht',
  'fälschung',
  'echt',
  'sahte',
  'orijinal',
  'подделка',
  'поддельный',
  // Korean, Thai, Arabic, Persian, Hebrew
  '가짜',
  '정품',
  '진짜',
  'ปลอม',
  'مزيف',
  'مغشوش',
  'تقلبی',
  'מזויף',
]);

/**
 * Noise in scripts written without spaces (Chinese, Japanese): removed
 * wherever it appears, longest first, unless nothing else would be left.
 */
const NOISE_RUNS = [
  '是不是假的',
  '是真是假',
  '真假',
  '假的',
  '假货',
  '假貨',
  '仿冒',
  '正品',
  '真品',
  '是不是',
  '偽物',
  '本物',
  '假',
  '吗',
  '嗎',
];

/** Units in any language the register's sources use, each after a number: all written "u". */
const UNIT = /(\d)\s*(?:units?|unidades?|unités?|unità|einheiten|iu|ui|u|e|单位|單位|단위|유닛|ед\.?)(?![\p{L}\p{N}])/gu;

/** Marks that are accents on Latin, Greek or Cyrillic letters; Japanese voicing marks (U+3099, U+309A) stay. */
const ACCENTS = /[\u0300-\u036f]/g;

/** The query or name as words: what the index's typo correction compares, word by word. */
export function keyWords(text: string): string[] {
  const plain = text
    // Before NFKC, which would spell ™ out as "TM".
    .replace(/[®™©]/g, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(ACCENTS, '')
    .normalize('NFC')
    .replace(UNIT, '$1u ');
  let words = plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const meaningful = words.filter((w) => !NOISE_WORDS.has(w) && !NOISE_RUNS.includes(w));
  if (meaningful.length > 0) words = meaningful;
  return words.map((word) => {
    if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) return word;
    let rest = word;
    for (const run of NOISE_RUNS) {
      const without = rest.split(run).join('');
      if (without) rest = without;
    }
    return rest;
  });
}

/** The lookup key: the words run together, so spaces, hyphens and dots never matter. */
export const lookupKey = (text: string): string => keyWords(text).join('');

/** FNV-1a, 32 bits: a fast, stable hash that the build and the browser compute alike. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(key)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Which shard of the exact index holds a key. `shards` is a power of two. */
export const shardOf = (key: string, shards: number): number => hashKey(key) & (shards - 1);

/** Which suggestion file holds the keys that start like this one: its first two characters, or three where the index split them. */
export function prefixOf(key: string, split: ReadonlySet<string>): string {
  const chars = [...key];
  const two = chars.slice(0, 2).join('');
  return split.has(two) && chars.length >= 3 ? chars.slice(0, 3).join('') : two;
}

/** A prefix as a file name that every host and server serves the same way: its code points in hexadecimal. */
export const prefixFile = (prefix: string): string => [...prefix].map((c) => c.codePointAt(0)!.toString(16)).join('-');

/**
 * Edit distance with adjacent swaps (optimal string alignment): "dysprot"
 * is one step from "dysport", "botx" one from "botox". Stops early once the
 * distance must exceed `max`, so comparing against a long word list is cheap.
 */
export function editDistance(a: string, b: string, max = 2): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before = Array.from({ length: y.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[y.length]!;
}

/** How many typing mistakes a word of this length may carry and still be corrected: none in short words. */
export const allowedMistakes = (word: string): number => {
  const length = [...word].length;
  if (/\p{N}/u.test(word) || length < 4) return 0;
  return length < 7 ? 1 : 2;
};
