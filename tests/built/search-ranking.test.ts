/**
 * Ranking, checked on the exact-answer index the build wrote (dist/exact/),
 * read through the same client the search page runs: every record by its
 * exact name, every brand by its names, every lot however it is typed, and
 * names with a typing mistake. The search page draws these answers first,
 * above Pagefind's results, so their order is the order a reader sees
 * (tests/browser/search.test.ts checks that on the page for a sample).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../browser/harness.ts';
import { createExactClient, type Hit } from '../../src/lib/search/exact.browser.ts';
import { keyWords, lookupKey } from '../../src/lib/search/keys.browser.ts';
import type { ExactIndexManifest, ExactShard, RecordTarget } from '../../src/lib/search/exact-index.ts';
import type { BrandRecord, LotRecord } from '../../src/lib/publish/export-schemas.ts';

const base = readdirSync(join(DIST, 'exact'))[0]!;
const read = (path: string) => readFileSync(join(DIST, 'exact', base, path), 'utf8');
const shardFiles = readdirSync(join(DIST, 'exact', base, 'k'));
const manifest: ExactIndexManifest = JSON.parse(
  /data-exact="([^"]+)"/
    .exec(readFileSync(join(DIST, 'index.html'), 'utf8'))![1]!
    .replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"'),
);
const client = createExactClient(manifest, async <T>(path: string) => {
  try {
    return JSON.parse(read(path.slice(manifest.base.length))) as T;
  } catch {
    return undefined;
  }
});
const json = <T>(file: string) => (JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')) as { records: T[] }).records;

/** Every record in the index, with its titles in every edition. */
const records = new Map<string, RecordTarget>();
for (const file of shardFiles) {
  const shard = JSON.parse(read(`k/${file}`)) as ExactShard;
  for (const target of shard.targets) if (target.kind === 'record') records.set(target.path, target);
}
/** How many records share each title key: a name several records carry cannot put all of them in the top three. */
const sharing = new Map<string, number>();
for (const record of records.values())
  for (const title of new Set(Object.values(record.title).map(lookupKey))) sharing.set(title, (sharing.get(title) ?? 0) + 1);
const reach = (title: string) => Math.max(3, 1 + (sharing.get(lookupKey(title)) ?? 1));
const position = (hits: Hit[], path: string) => hits.findIndex((h) => h.target.path === path);

describe('the exact-answer index, as built', () => {
  it('matches the page: the manifest every search box carries names the files that exist', () => {
    expect(manifest.base).toBe(`/exact/${base}/`);
    expect(shardFiles).toHaveLength(manifest.shards);
    expect(records.size).toBe(json('products.json').length);
  });

  it('finds every record by its exact name, in every edition, in the top three (or just after the brand and the other records of that name)', async () => {
    const misses: string[] = [];
    for (const record of records.values()) {
      for (const [edition, title] of Object.entries(record.title)) {
        const at = position((await client.lookup(title)).hits, record.path);
        if (at < 0 || at >= reach(title)) misses.push(`${edition} "${title}" → ${record.path} at ${at}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('puts the brand first for its name, in capitals, with a strength, with "fake", and in every script its file gives', async () => {
    const misses: string[] = [];
    for (const brand of json<BrandRecord>('brands.json')) {
      for (const query of [
        brand.name,
        brand.name.toUpperCase(),
        brand.name.toLowerCase(),
        `${brand.name} 100`,
        `fake ${brand.name}`,
        ...brand.names.map((n) => n.name),
      ]) {
        const first = (await client.lookup(query)).hits[0];
        if (first?.target.path !== `/brands/${brand.id}/`) misses.push(`"${query}" → ${first?.target.path}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('puts every lot first, however it is typed', async () => {
    const misses: string[] = [];
    for (const lot of json<LotRecord>('lots.json')) {
      const path = new URL(lot.url).pathname;
      const spaced = lot.normalised.replace(/(\d)(?=[A-Z])|([A-Z])(?=\d)/g, '$1$2 ');
      for (const query of [...lot.spellings, lot.normalised, lot.normalised.toLowerCase(), spaced, lot.normalised.split('').join('-')]) {
        const first = (await client.lookup(query)).hits[0];
        if (first?.target.path !== path) misses.push(`"${query}" → ${first?.target.path}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds a record whose name has one letter missing, or two letters swapped, in the top three', async () => {
    const misses: string[] = [];
    let tried = 0;
    for (const record of records.values()) {
      const title = record.title['en']!;
      // The longest Latin-script word of five letters or more: where a reader's slip is likeliest and can be corrected.
      const word = keyWords(title)
        .filter((w) => /^[a-z]{5,}$/.test(w))
        .sort((a, b) => b.length - a.length)[0];
      if (!word) continue;
      const at = title.toLowerCase().indexOf(word);
      if (at < 0) continue;
      const middle = Math.floor(word.length / 2);
      const missing = title.slice(0, at + middle) + title.slice(at + middle + 1);
      const swapped = title.slice(0, at + middle - 1) + title[at + middle] + title[at + middle - 1] + title.slice(at + middle + 1);
      for (const query of [missing, swapped]) {
        tried++;
        const found = position((await client.lookup(query)).hits, record.path);
        if (found < 0 || found >= reach(title)) misses.push(`"${query}" → ${record.path} at ${found}`);
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });

  it('never gives a different lot for a lot with one wrong character: only similar lots, apart', async () => {
    for (const lot of json<LotRecord>('lots.json').slice(0, 40)) {
      const last = lot.normalised.at(-1)!;
      const typo = lot.normalised.slice(0, -1) + (last === '7' ? '8' : /\d/.test(last) ? '7' : last === 'X' ? 'Y' : 'X');
      const answer = await client.lookup(typo);
      if (answer.hits.length) continue; // the typo is itself a real lot
      expect(
        answer.similarLots.map((l) => l.path),
        typo,
      ).toContain(new URL(lot.url).pathname);
    }
  });
});
