/**
 * The exact-answer index, written at build time as small JSON files under
 * /exact/<version>/ and shared by every edition:
 *
 * - k/<n>.json: keys (lookupKey of every lot, product name, alias and script
 *   name, brand and brand name, alert id and case title) → what they name,
 *   with what a result card shows. A key lives in shard hash(key) mod N; N
 *   grows with the register (about 16 keys a shard), so a lookup fetches one
 *   small file at any size.
 * - words/<length>.json: the words of names and brands, for correcting one or
 *   two typing mistakes (a word can only be corrected to one of about its own
 *   length, so only two or three files are fetched, and only after a miss).
 * - lots/<length>.json: every lot, for "a similar lot number" after a miss.
 * - suggest/<prefix>.json and suggest.json: names, brands and lots by their
 *   first characters, for the suggestions under a search box.
 *
 * The files hold codes and facts, not interface words: each page brings its
 * own labels, so one index serves every language.
 */
import { createHash } from 'node:crypto';
import { keyWords, lookupKey, prefixFile, prefixOf, shardOf } from './keys.browser.ts';
import { lotKey } from './lots.browser.ts';
import type { LotEntry } from './lot-index.ts';
import { paths } from '../routing/paths.ts';
import { DEFAULT_LANG } from '../../i18n/languages.ts';
import { STATUS_WORDS, type CountryCode, type StatusWord } from '../content/vocabulary.ts';
import type { EntryData } from '../content/schemas.ts';

/* ------------------------------------------------------------------ what the files hold (read by exact.browser.ts) */

/** A register record, as a result card shows it. Texts are keyed by edition; `en` is always there. */
export interface RecordTarget {
  kind: 'record';
  path: string;
  title: Record<string, string>;
  status: StatusWord;
  countries: CountryCode[];
  /** The alert's date as printed (a partial date), if shown. */
  date?: string;
  authority: Record<string, string>;
  lots: string[];
}
export interface LotTarget {
  kind: 'lot';
  path: string;
  lot: string;
  /** Indexes of its records in the same file's `targets`. */
  records: number[];
}
export interface BrandTarget {
  kind: 'brand';
  path: string;
  name: string;
  records: number;
  /** Records an authority called counterfeit or falsified, and suspected ones. */
  fakes: number;
  suspected: number;
}
export interface CaseTarget {
  kind: 'case';
  path: string;
  title: Record<string, string>;
  countries: CountryCode[];
  start: string;
}
export type Target = RecordTarget | LotTarget | BrandTarget | CaseTarget;

/** One shard: key → [target index, the text that made the key (when it is not the target's own title)]. */
export interface ExactShard {
  keys: Record<string, [number, string?][]>;
  targets: Target[];
}

/** A suggestion: what to show, its kind, where it leads, the key it was made from, and its text in other editions. */
export type Suggestion = [label: string, kind: Target['kind'], path: string, key: string, other?: Record<string, string>];

export interface ExactIndexManifest {
  /** Where the files are, with the version in the address so that a new build never mixes with an old cache. */
  base: string;
  shards: number;
  /** Word lengths that have a words/ file, and lot lengths that have a lots/ file. */
  wordLengths: number[];
  lotLengths: number[];
  /** Two-character prefixes whose suggestions were split by a third character. */
  split: string[];
}

/* ------------------------------------------------------------------ inputs */

interface Localised<T> {
  id: string;
  /** The entry in every edition, `en` first. */
  editions: Record<string, T>;
}
export interface ExactIndexInput {
  products: Localised<
    Pick<EntryData<'products'>, 'title' | 'aliases' | 'lots' | 'status' | 'countries' | 'alert' | 'brand'> & { authority: string }
  >[];
  brands: { id: string; data: Pick<EntryData<'brands'>, 'name' | 'names'> }[];
  cases: Localised<Pick<EntryData<'cases'>, 'title' | 'countries' | 'period'> & { names?: EntryData<'cases'>['names'] }>[];
  lots: readonly LotEntry[];
}

/* ------------------------------------------------------------------ building */

const KEYS_PER_SHARD = 16;
const SUGGESTIONS_PER_FILE = 200;
const SUGGESTION_ORDER: Target['kind'][] = ['brand', 'lot', 'record', 'case'];

const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/**
 * Texts that differ between editions, keyed by edition: the default edition's
 * first (the browser falls back to it, see inEdition), then only the editions
 * whose text differs from it.
 */
function perEdition<T>(editions: Record<string, T>, pick: (entry: T) => string): Record<string, string> {
  const fallback = pick(editions[DEFAULT_LANG]!);
  const out: Record<string, string> = { [DEFAULT_LANG]: fallback };
  for (const [lang, entry] of Object.entries(editions)) if (pick(entry) !== fallback) out[lang] = pick(entry);
  return out;
}

export interface BuiltExactIndex {
  manifest: ExactIndexManifest;
  /** Path under the base (e.g. "k/3.json") → the file's JSON text. */
  files: Map<string, string>;
}

export function buildExactIndex(input: ExactIndexInput): BuiltExactIndex {
  const targets: Target[] = [];
  const keys = new Map<string, Map<number, string | undefined>>();
  const suggestions = new Map<string, Suggestion>();
  const add = (text: string, target: number, via?: string) => {
    const key = lookupKey(text);
    if (!key) return;
    const entry = keys.get(key) ?? new Map<number, string | undefined>();
    if (!entry.has(target)) entry.set(target, via);
    keys.set(key, entry);
  };
  const suggest = (label: string, target: Target, other?: Record<string, string>) => {
    const key = lookupKey(label);
    const id = `${target.kind}:${target.path}:${key}`;
    if (key && !suggestions.has(id))
      suggestions.set(id, other ? [label, target.kind, target.path, key, other] : [label, target.kind, target.path, key]);
  };

  const recordIndex = new Map<string, number>();
  for (const product of input.products) {
    const en = product.editions[DEFAULT_LANG]!;
    const target: RecordTarget = {
      kind: 'record',
      path: paths.product(product.id),
      title: perEdition(product.editions, (p) => p.title),
      status: en.status,
      countries: en.countries,
      ...(en.alert.date ? { date: en.alert.date } : {}),
      authority: perEdition(product.editions, (p) => p.authority),
      lots: [...new Set(en.lots.map((l) => l.lot))],
    };
    const index = targets.push(target) - 1;
    recordIndex.set(product.id, index);
    for (const title of Object.values(target.title)) add(title, index);
    for (const alias of en.aliases) add(alias.name, index, alias.name);
    if (en.alert.id) add(en.alert.id, index, en.alert.id);
    const otherTitles = Object.fromEntries(Object.entries(target.title).filter(([lang]) => lang !== DEFAULT_LANG));
    suggest(target.title[DEFAULT_LANG]!, target, Object.keys(otherTitles).length ? otherTitles : undefined);
  }

  const brandRecords = new Map<string, { records: number; fakes: number; suspected: number }>();
  for (const product of input.products) {
    const en = product.editions[DEFAULT_LANG]!;
    if (!en.brand) continue;
    const counts = brandRecords.get(en.brand.id) ?? { records: 0, fakes: 0, suspected: 0 };
    counts.records++;
    const family = STATUS_WORDS[en.status].family;
    if (family === 'fake') counts.fakes++;
    if (family === 'suspected') counts.suspected++;
    brandRecords.set(en.brand.id, counts);
  }
  for (const brand of input.brands) {
    const counts = brandRecords.get(brand.id);
    // Only brands that records name have a page.
    if (!counts) continue;
    const target: BrandTarget = { kind: 'brand', path: paths.brand(brand.id), name: brand.data.name, ...counts };
    const index = targets.push(target) - 1;
    add(brand.data.name, index);
    suggest(brand.data.name, target);
    for (const name of brand.data.names) {
      add(name.name, index, name.name);
      suggest(name.name, target);
    }
  }

  for (const lot of input.lots) {
    const target: LotTarget = {
      kind: 'lot',
      path: paths.lot(lot.key),
      lot: lot.normalised,
      records: [...new Set(lot.sightings.map((s) => recordIndex.get(s.productId)!))],
    };
    const index = targets.push(target) - 1;
    for (const spelling of [lot.normalised, ...lot.spellings]) add(spelling, index);
    suggest(lot.normalised, target);
  }

  for (const entry of input.cases) {
    const en = entry.editions[DEFAULT_LANG]!;
    const target: CaseTarget = {
      kind: 'case',
      path: paths.case(entry.id),
      title: perEdition(entry.editions, (c) => c.title),
      countries: en.countries,
      start: en.period.start,
    };
    const index = targets.push(target) - 1;
    for (const title of Object.values(target.title)) add(title, index);
    for (const name of en.names ?? []) {
      add(name.name, index, name.name);
      suggest(name.name, target);
    }
    const otherTitles = Object.fromEntries(Object.entries(target.title).filter(([lang]) => lang !== DEFAULT_LANG));
    suggest(target.title[DEFAULT_LANG]!, target, Object.keys(otherTitles).length ? otherTitles : undefined);
  }

  const files = new Map<string, string>();

  // Exact shards: each holds its keys and every target they name (a lot's records too), renumbered.
  const shards = nextPowerOfTwo(Math.ceil(keys.size / KEYS_PER_SHARD));
  const byShard = Array.from({ length: shards }, () => [] as [string, Map<number, string | undefined>][]);
  for (const [key, named] of [...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) byShard[shardOf(key, shards)]!.push([key, named]);
  byShard.forEach((entries, n) => {
    const local = new Map<number, number>();
    const shardTargets: Target[] = [];
    const place = (global: number): number => {
      const known = local.get(global);
      if (known !== undefined) return known;
      const target = targets[global]!;
      // Reserve the slot first: a lot's records are placed after it.
      const at = shardTargets.push(target) - 1;
      local.set(global, at);
      if (target.kind === 'lot') shardTargets[at] = { ...target, records: target.records.map(place) };
      return at;
    };
    const shardKeys: ExactShard['keys'] = {};
    for (const [key, named] of entries) {
      shardKeys[key] = [...named].map(([global, via]) => (via ? [place(global), via] : [place(global)]));
    }
    files.set(`k/${n}.json`, JSON.stringify({ keys: shardKeys, targets: shardTargets } satisfies ExactShard));
  });

  // Words of names and brands, by length, with how often each is used: for correcting typing mistakes.
  const words = new Map<string, number>();
  const wordsOf = (text: string) => keyWords(text).filter((w) => !/\p{N}/u.test(w) && [...w].length >= 4);
  for (const target of targets) {
    const texts = target.kind === 'record' ? Object.values(target.title) : target.kind === 'brand' ? [target.name] : [];
    for (const text of texts)
      for (const word of wordsOf(text)) words.set(word, (words.get(word) ?? 0) + (target.kind === 'brand' ? 100 : 1));
  }
  for (const brand of input.brands)
    for (const name of brand.data.names) for (const word of wordsOf(name.name)) words.set(word, (words.get(word) ?? 0) + 100);
  const wordLengths = groupBy([...words], ([word]) => [...word].length);
  for (const [length, list] of wordLengths) {
    files.set(`words/${length}.json`, JSON.stringify(list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))));
  }

  // Every lot by the length of its key, for "a similar lot number".
  const lotLengths = groupBy(
    input.lots.map((lot) => [lookupKey(lot.normalised), lot.normalised, paths.lot(lotKey(lot.normalised))] as const),
    ([key]) => key.length,
  );
  for (const [length, list] of lotLengths) files.set(`lots/${length}.json`, JSON.stringify(list));

  // Suggestions by prefix: two characters, or three where two would make a file too long.
  const ordered = [...suggestions.values()].sort(
    (a, b) => SUGGESTION_ORDER.indexOf(a[1]) - SUGGESTION_ORDER.indexOf(b[1]) || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1),
  );
  const byTwo = groupBy(ordered, (s) => [...s[3]].slice(0, 2).join(''));
  const split = new Set([...byTwo].filter(([, list]) => list.length > SUGGESTIONS_PER_FILE).map(([prefix]) => prefix));
  for (const [prefix, list] of groupBy(ordered, (s) => prefixOf(s[3], split))) {
    files.set(`suggest/${prefixFile(prefix)}.json`, JSON.stringify(list.slice(0, SUGGESTIONS_PER_FILE)));
  }

  const version = createHash('sha256')
    .update([...files].map(([name, body]) => `${name}\n${body}`).join('\n'))
    .digest('hex')
    .slice(0, 10);
  const manifest: ExactIndexManifest = {
    base: `/exact/${version}/`,
    shards,
    wordLengths: [...wordLengths.keys()].sort((a, b) => a - b),
    lotLengths: [...lotLengths.keys()].sort((a, b) => a - b),
    split: [...split].sort(),
  };
  return { manifest, files };
}

function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
