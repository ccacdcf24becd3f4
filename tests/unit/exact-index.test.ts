import { describe, expect, it } from 'vitest';
import { editDistance, keyWords, lookupKey, shardOf } from '../../src/lib/search/keys.browser.ts';
import { buildExactIndex, type ExactIndexInput } from '../../src/lib/search/exact-index.ts';
import { createExactClient } from '../../src/lib/search/exact.browser.ts';
import { buildLotIndex } from '../../src/lib/search/lot-index.ts';

describe('lookup keys', () => {
  it('ignore case, width, accents, ®, spaces, hyphens and dots', () => {
    const key = lookupKey('BOTOX® 100 U');
    for (const typed of [
      'botox 100u',
      'Botox-100 U',
      'ＢＯＴＯＸ　１００Ｕ',
      'botox™ 100 units',
      'Botox 100 IU',
      'botox 100 unidades',
      'Botox 100单位',
    ]) {
      expect(lookupKey(typed), typed).toBe(key);
    }
    expect(lookupKey('Toxina botulínica')).toBe(lookupKey('toxina botulinica'));
    expect(lookupKey('c3709 c3')).toBe(lookupKey('C3709C3'));
    expect(lookupKey('C37-09.C3')).toBe(lookupKey('C3709C3'));
  });

  it('drop words that only say what the reader fears, in several languages, but never everything', () => {
    for (const typed of [
      'fake botox',
      'Botox counterfeit',
      'is my botox real',
      'botox 假',
      '保妥适真假',
      'botox falso',
      'botox falsificado',
      '가짜 botox',
      'genuine Botox',
    ]) {
      expect(lookupKey(typed).replace('保妥适', 'botox'), typed).toBe('botox');
    }
    expect(lookupKey('fake')).toBe('fake');
    expect(lookupKey('假')).toBe('假');
  });

  it('keep the marks that make a Japanese kana a different letter', () => {
    expect(lookupKey('ボトックス')).not.toBe(lookupKey('ホトックス'));
  });

  it('split a query into words for correction', () => {
    expect(keyWords('Dysport 500U, fake!')).toEqual(['dysport', '500u']);
  });

  it('count a missing letter, an extra one, a wrong one and two swapped ones as one mistake each', () => {
    expect(editDistance('dysport', 'dysprot')).toBe(1);
    expect(editDistance('botox', 'botx')).toBe(1);
    expect(editDistance('botox', 'bottox')).toBe(1);
    expect(editDistance('nabota', 'nabata')).toBe(1);
    expect(editDistance('restylane', 'xeomin', 2)).toBe(3);
  });

  it('put a key in the same shard every time, within the shard count', () => {
    expect(shardOf('botox', 64)).toBe(shardOf('botox', 64));
    for (const key of ['botox', 'c3709c3', '保妥适']) expect(shardOf(key, 8)).toBeLessThan(8);
  });
});

/* ------------------------------------------------------------------ a small index, read back through the browser client */

const record = (
  id: string,
  title: string,
  extra: Partial<ExactIndexInput['products'][number]['editions']['en']> = {},
  zhTitle?: string,
) => {
  const en = {
    title,
    aliases: [],
    lots: [],
    status: 'counterfeit' as const,
    countries: ['US' as const],
    alert: { title: 'Alert', source: { id: 's', collection: 'sources' as const } },
    authority: 'FDA',
    ...extra,
  };
  return { id, editions: { en, zh: { ...en, title: zhTitle ?? title, authority: '美国食品药品监督管理局' } } };
};
const products = [
  record('fda-botox', '"BOTOX" 150 Units', {
    lots: [{ lot: 'C3709C3' }],
    brand: { id: 'botox', collection: 'brands' },
    aliases: [{ name: '保妥适', lang: 'zh-Hans' }],
  }),
  record('mx-botox', 'Botox 100 U (toxina botulínica)', {
    lots: [{ lot: 'c3709 c3' }],
    brand: { id: 'botox', collection: 'brands' },
    status: 'falsified',
  }),
  record('mhra-dysport', 'Dysport 500 Units Powder for Solution for Injection', {
    brand: { id: 'dysport', collection: 'brands' },
    alert: { title: 'Recall', id: 'EL(22)A/36', source: { id: 's', collection: 'sources' } },
  }),
  record('uk-botulax', 'Botulax', { brand: { id: 'botulax', collection: 'brands' }, status: 'unlicensed', countries: ['GB'] }, '保妥莱'),
];
const input: ExactIndexInput = {
  products,
  brands: [
    { id: 'botox', data: { name: 'Botox', names: [{ name: '保妥適', lang: 'zh-Hant', sources: [] }] } },
    { id: 'dysport', data: { name: 'Dysport', names: [] } },
    { id: 'botulax', data: { name: 'Botulax', names: [] } },
    { id: 'unused', data: { name: 'Unused', names: [] } },
  ],
  cases: [
    {
      id: 'donghai',
      editions: {
        en: { title: 'Donghai WeChat network', countries: ['CN'], period: { start: '2016' } },
        zh: { title: '东海微信网络', countries: ['CN'], period: { start: '2016' } },
      },
    },
  ],
  lots: buildLotIndex(products.map((p) => ({ id: p.id, lots: p.editions.en.lots }))),
};
const built = buildExactIndex(input);
const fetched: string[] = [];
const client = createExactClient(built.manifest, async <T>(path: string) => {
  fetched.push(path);
  const body = built.files.get(path.slice(built.manifest.base.length));
  return body === undefined ? undefined : (JSON.parse(body) as T);
});
const kinds = async (query: string) => (await client.lookup(query)).hits.map((h) => `${h.target.kind}:${h.target.path}`);

describe('the exact-answer index', () => {
  it('answers a lot however it is typed with its lot page and every record that names it, from one shard', async () => {
    fetched.length = 0;
    const answer = await client.lookup('c3709-c3');
    expect(answer.match).toBe('exact');
    expect(answer.hits[0]!.target).toMatchObject({ kind: 'lot', path: '/lots/c3709c3/', lot: 'C3709C3' });
    expect(answer.hits[0]!.records!.map((r) => r.path).sort()).toEqual(['/products/fda-botox/', '/products/mx-botox/']);
    expect(fetched).toHaveLength(1);
  });

  it('puts a brand first for its name, in any script the brand file gives', async () => {
    expect(await kinds('BOTOX')).toEqual(['brand:/brands/botox/']);
    expect((await kinds('保妥適'))[0]).toBe('brand:/brands/botox/');
    expect((await kinds('fake dysport'))[0]).toBe('brand:/brands/dysport/');
  });

  it('finds a record by its exact name, by an alias (saying which) and by its alert id', async () => {
    expect(await kinds('botox 100 U (toxina botulinica)')).toEqual(['record:/products/mx-botox/']);
    const alias = await client.lookup('保妥适');
    expect(alias.hits[0]).toMatchObject({ target: { path: '/products/fda-botox/' }, via: '保妥适' });
    expect(await kinds('EL(22)A/36')).toEqual(['record:/products/mhra-dysport/']);
    expect(await kinds('保妥莱')).toEqual(['record:/products/uk-botulax/']);
    expect(await kinds('东海微信网络')).toEqual(['case:/cases/donghai/']);
  });

  it('keeps each edition’s title and authority, and one copy of what is the same', async () => {
    const hit = (await client.lookup('botulax')).hits.find((h) => h.target.kind === 'record')!;
    expect(hit.target).toMatchObject({ title: { en: 'Botulax', zh: '保妥莱' }, authority: { en: 'FDA', zh: '美国食品药品监督管理局' } });
    const brand = (await client.lookup('botulax')).hits[0]!.target;
    expect(brand).toEqual({ kind: 'brand', path: '/brands/botulax/', name: 'Botulax', records: 1, fakes: 0, suspected: 0 });
  });

  it('matches the name part of a query with a strength it does not know, and says what matched', async () => {
    const answer = await client.lookup('botox 300');
    expect(answer).toMatchObject({ match: 'part', matched: 'botox' });
    expect(answer.hits[0]!.target.path).toBe('/brands/botox/');
  });

  it('corrects one or two typing mistakes in a name, saying what it matched', async () => {
    expect(await client.lookup('dysprot')).toMatchObject({ match: 'corrected', matched: 'dysport' });
    expect(await client.lookup('botox 100 U (toxina botulnica)')).toMatchObject({
      match: 'corrected',
      hits: [{ target: { path: '/products/mx-botox/' } }],
    });
    expect((await client.lookup('botulaks')).hits[0]?.target.path).toBe('/brands/botulax/');
  });

  it('never turns a lot with a typo into another lot: a near miss is offered apart', async () => {
    const answer = await client.lookup('C3709C4');
    expect(answer.match).toBe('none');
    expect(answer.hits).toEqual([]);
    expect(answer.similarLots).toEqual([{ lot: 'C3709C3', path: '/lots/c3709c3/' }]);
  });

  it('finds nothing, and says nothing was matched, for what it does not hold', async () => {
    expect(await client.lookup('xeomin')).toMatchObject({ match: 'none', hits: [], similarLots: [] });
    expect(await client.lookup('')).toMatchObject({ match: 'none' });
    expect(await client.lookup('<script>alert(1)</script>')).toMatchObject({ match: 'none' });
  });

  it('suggests brands first, then lots and names, for what has been typed so far', async () => {
    const suggestions = await client.suggest('bo');
    expect(suggestions[0]).toEqual(['Botox', 'brand', '/brands/botox/', 'botox']);
    expect(suggestions.map((s) => s[0])).toContain('Botulax');
    expect((await client.suggest('c37')).map((s) => s[0])).toEqual(['C3709C3']);
    expect(await client.suggest('b')).toEqual([]);
  });

  it('has no brand without records, and sizes its shards to the register', () => {
    expect([...built.files.values()].some((body) => body.includes('/brands/unused/'))).toBe(false);
    expect(built.manifest.shards).toBe(1);
    expect(built.manifest.base).toMatch(/^\/exact\/[0-9a-f]{10}\/$/);
  });
});

describe('the exact-answer index at 20,000 records', () => {
  const many = Array.from({ length: 20_000 }, (_, i) =>
    record(`r${i}`, `Brand${i % 40} ${50 * (1 + (i % 6))} Units record ${i}`, { lots: [{ lot: `L${100000 + i}` }] }),
  );
  const big = buildExactIndex({ ...input, products: many, lots: buildLotIndex(many.map((p) => ({ id: p.id, lots: p.editions.en.lots }))) });
  it('keeps every shard small, so one lookup fetches a few kilobytes', () => {
    const shards = [...big.files].filter(([name]) => name.startsWith('k/'));
    expect(shards.length).toBe(big.manifest.shards);
    const largest = Math.max(...shards.map(([, body]) => body.length));
    expect(largest).toBeLessThan(40_000);
  });
  it('keeps every suggestion file within its limit', () => {
    for (const [name, body] of big.files)
      if (name.startsWith('suggest/')) expect((JSON.parse(body) as unknown[]).length, name).toBeLessThanOrEqual(200);
  });
});
