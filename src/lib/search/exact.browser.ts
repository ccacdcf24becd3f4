/**
 * The browser's side of the exact-answer index (src/lib/search/exact-index.ts):
 * finds what a query names by fetching one small shard, and, only after a
 * miss, corrects one or two typing mistakes in a name or offers a similar lot
 * number. Pure logic over a `fetchJson` the caller supplies, so it is tested
 * without a browser.
 */
import { allowedMistakes, editDistance, keyWords, lookupKey, prefixFile, prefixOf, shardOf } from './keys.browser.ts';
import { looksLikeLot } from './lots.browser.ts';
import type { ExactIndexManifest, ExactShard, RecordTarget, Suggestion, Target } from './exact-index.ts';

export type { ExactIndexManifest, RecordTarget, Suggestion, Target } from './exact-index.ts';

export interface Hit {
  target: Target;
  /** The text that made the match, when it is not the target's own name (an alias, a brand's other name, an alert id). */
  via?: string | undefined;
  /** A lot's records. */
  records?: RecordTarget[];
}

export interface ExactAnswer {
  /**
   * exact: the query names these; part: the query's words without its
   * numbers and units do ("botox 100" → Botox); corrected: after correcting
   * typing mistakes in its words; none: nothing.
   */
  match: 'exact' | 'part' | 'corrected' | 'none';
  hits: Hit[];
  /** For part and corrected matches: the words that matched, as the index writes them. */
  matched?: string;
  /** Lots one character away from a lot-shaped query that matched nothing. */
  similarLots: { lot: string; path: string }[];
}

const ORDER: Target['kind'][] = ['brand', 'lot', 'record', 'case'];

export function createExactClient(manifest: ExactIndexManifest, fetchJson: <T>(path: string) => Promise<T | undefined>) {
  const files = new Map<string, Promise<unknown>>();
  const load = <T>(name: string): Promise<T | undefined> => {
    if (!files.has(name)) files.set(name, fetchJson<T>(`${manifest.base}${name}`));
    return files.get(name) as Promise<T | undefined>;
  };

  async function hitsFor(key: string): Promise<Hit[]> {
    if (!key) return [];
    const shard = await load<ExactShard>(`k/${shardOf(key, manifest.shards)}.json`);
    const entries = shard?.keys[key] ?? [];
    return (
      entries
        .map(([index, via]) => {
          const target = shard!.targets[index]!;
          const hit: Hit = { target, via };
          if (target.kind === 'lot') hit.records = target.records.map((i) => shard!.targets[i] as RecordTarget);
          return hit;
        })
        // Brands, lots, records, cases; within each, what is called this before what has it as another name.
        .sort((a, b) => ORDER.indexOf(a.target.kind) - ORDER.indexOf(b.target.kind) || Number(Boolean(a.via)) - Number(Boolean(b.via)))
    );
  }

  /**
   * Readings of the query with one or two typing mistakes corrected, best
   * first: each word may become a known word of the index within the
   * mistakes its length allows (a word the index does not know must change),
   * at most two mistakes in all, fewer mistakes and commoner words first.
   */
  async function corrections(words: string[]): Promise<string[][]> {
    const options = await Promise.all(
      words.map(async (word) => {
        const mistakes = allowedMistakes(word);
        if (mistakes === 0) return { known: true, candidates: [] as { word: string; distance: number; uses: number }[] };
        const length = [...word].length;
        const lengths = manifest.wordLengths.filter((l) => Math.abs(l - length) <= mistakes);
        const lists = await Promise.all(lengths.map((l) => load<[string, number][]>(`words/${l}.json`)));
        let known = false;
        const candidates: { word: string; distance: number; uses: number }[] = [];
        for (const [candidate, uses] of lists.flatMap((list) => list ?? [])) {
          if (candidate === word) {
            known = true;
            continue;
          }
          const distance = editDistance(word, candidate, mistakes);
          if (distance <= mistakes) candidates.push({ word: candidate, distance, uses });
        }
        candidates.sort((a, b) => a.distance - b.distance || b.uses - a.uses);
        return { known, candidates: candidates.slice(0, 3) };
      }),
    );
    const unknown = options.flatMap((o, i) => (!o.known && o.candidates.length ? [i] : []));
    // Changes of one or two words; a reading must correct every unknown word that can be corrected.
    const readings: { words: string[]; cost: number }[] = [];
    const changes = options.flatMap((o, i) => o.candidates.map((c, rank) => ({ i, word: c.word, cost: c.distance * 10 + rank })));
    const consider = (picked: typeof changes) => {
      const indexes = new Set(picked.map((c) => c.i));
      if (indexes.size !== picked.length || !unknown.every((i) => indexes.has(i))) return;
      if (picked.reduce((sum, c) => sum + Math.floor(c.cost / 10), 0) > 2) return;
      const next = [...words];
      for (const c of picked) next[c.i] = c.word;
      readings.push({ words: next, cost: picked.reduce((sum, c) => sum + c.cost, 0) });
    };
    for (const a of changes) {
      consider([a]);
      for (const b of changes) if (b.i > a.i) consider([a, b]);
    }
    return readings
      .sort((a, b) => a.cost - b.cost)
      .slice(0, 16)
      .map((r) => r.words);
  }

  async function similarLots(query: string): Promise<{ lot: string; path: string }[]> {
    const key = lookupKey(query);
    const lengths = manifest.lotLengths.filter((l) => Math.abs(l - key.length) <= 1);
    const lists = await Promise.all(lengths.map((l) => load<[string, string, string][]>(`lots/${l}.json`)));
    return lists
      .flatMap((list) => list ?? [])
      .filter(([candidate]) => editDistance(key, candidate, 1) === 1)
      .slice(0, 5)
      .map(([, lot, path]) => ({ lot, path }));
  }

  return {
    /** What the query names, fetching one shard; after a miss, the correction and similar-lot files it needs. */
    /** `onMiss` is told as soon as no key matches exactly, before the slower search for near misses. */
    async lookup(query: string, onMiss?: () => void): Promise<ExactAnswer> {
      const words = keyWords(query);
      const key = words.join('');
      const none: ExactAnswer = { match: 'none', hits: [], similarLots: [] };
      if (!key) return none;
      const exact = await hitsFor(key);
      if (exact.length) return { match: 'exact', hits: exact, similarLots: [] };
      onMiss?.();
      const named = words.filter((w) => !/\p{N}/u.test(w));
      // A lot is never corrected into another lot: only offered, apart, as a similar one.
      if (named.length === 0 && looksLikeLot(query)) return { ...none, similarLots: await similarLots(query) };
      if (named.length > 0 && named.length < words.length) {
        const part = await hitsFor(named.join(''));
        if (part.length) return { match: 'part', hits: part, matched: named.join(' '), similarLots: [] };
      }
      const readings = await corrections(words);
      for (const reading of readings) {
        const hits = await hitsFor(reading.join(''));
        if (hits.length) return { match: 'corrected', hits, matched: reading.join(' '), similarLots: [] };
      }
      for (const reading of readings) {
        const readingNamed = reading.filter((w) => !/\p{N}/u.test(w));
        if (readingNamed.length === 0 || readingNamed.length === reading.length) continue;
        const part = await hitsFor(readingNamed.join(''));
        if (part.length) return { match: 'corrected', hits: part, matched: readingNamed.join(' '), similarLots: [] };
      }
      if (readings[0]) return { ...none, matched: readings[0].join(' ') };
      return none;
    },

    /** Suggestions for what has been typed so far: names, brands and lots that start like it. */
    async suggest(typed: string, limit = 8): Promise<Suggestion[]> {
      const key = lookupKey(typed);
      if ([...key].length < 2) return [];
      const split = new Set(manifest.split);
      const list = (await load<Suggestion[]>(`suggest/${prefixFile(prefixOf(key, split))}.json`)) ?? [];
      return list.filter((s) => s[3].startsWith(key)).slice(0, limit);
    },
  };
}

export type ExactClient = ReturnType<typeof createExactClient>;

/** A text in the reader's edition, or else the default edition's, which the index always writes first. */
export const inEdition = (texts: Record<string, string>, lang: string): string => texts[lang] ?? Object.values(texts)[0]!;
