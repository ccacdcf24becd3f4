import { describe, expect, it } from 'vitest';
import { productTranslation, caseTranslation } from '../../src/lib/content/translation-schemas.ts';
import { caseParity, productParity, sourceParity } from '../../src/lib/content/translation-parity.ts';
import { localiseAuthority, localiseCase, localiseProduct, localiseSource } from '../../src/lib/content/localise.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readdirSync } from 'node:fs';

const englishProduct = {
  title: 'Botox 100 U',
  statusWording: 'O produto é falso',
  alert: { title: 'Alert', date: '2018-01-17', url: 'https://example.org/a', source: { id: 's' } },
  recognisedBy: 'The maker checked it.',
  whereFound: 'Brazil.',
  tells: ['Wrong font'],
  lots: [{ lot: 'C3239C3', expiry: '01/2020', note: 'vial' }],
  aliases: [{ name: '保妥适', lang: 'zh-Hans', note: "Botox's approved name in mainland China" }],
  identifiers: [],
  claimedMaker: 'Allergan (imitated)',
  authorityWords: [
    { text: 'O produto é falso, lote C3239C3', lang: 'pt', translation: 'The product is fake, lot C3239C3', source: { id: 's' } },
  ],
  changelog: [],
};

describe('translation schemas hold words only', () => {
  it('reject a shared fact copied into a translation', () => {
    const result = productTranslation.safeParse({ alertTitle: '警示', whereFound: '巴西。', lots: [{ lot: 'C3239C3' }] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('lots');
    expect(caseTranslation('zh').safeParse({ title: 't', summary: 's', place: 'p', keyFacts: [], sources: ['x'] }).success).toBe(false);
  });
});

describe('parity: every English word is translated', () => {
  it('names each piece of wording a product translation is missing', () => {
    const problems = productParity(
      englishProduct,
      { alertTitle: '警示', whereFound: '巴西。', tells: [], lotNotes: {}, aliasNotes: {}, identifierLabels: {}, changelog: [] },
      'zh',
    );
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'aliasNotes.保妥适',
        'authorityWords',
        'authorityWords[0].translation',
        'claimedMaker',
        'lotNotes.C3239C3',
        'recognisedBy',
        'statusWording',
        'tells',
      ].sort(),
    );
  });
  it('wants a quotation rendered in the reader’s language, unless it is already in it', () => {
    const japanese = {
      ...englishProduct,
      statusWording: '偽造品',
      authorityWords: [{ text: '偽造品が発見された', lang: 'ja', translation: 'A counterfeit was found', source: { id: 's' } }],
    };
    const fields = (zh: Record<string, unknown>) =>
      productParity(
        japanese,
        {
          alertTitle: '警示',
          whereFound: '日本。',
          tells: ['字体不对'],
          lotNotes: { C3239C3: '药瓶' },
          aliasNotes: { 保妥适: '名称' },
          claimedMaker: 'Allergan（被仿冒）',
          recognisedBy: '核查',
          changelog: [],
          ...zh,
        },
        'zh',
      ).map((p) => p.field);
    // Japanese written in Chinese characters is still another language: it needs a Chinese rendering.
    expect(fields({})).toEqual(['authorityWords', 'authorityWords[0].translation', 'statusWording']);
    expect(fields({ authorityWords: [{ translation: '发现了伪造品' }], statusWording: '伪造品' })).toEqual([]);
    const chinese = {
      ...englishProduct,
      statusWording: '假药',
      authorityWords: [{ text: '属于假药', lang: 'zh-Hans', translation: 'It is a fake drug', source: { id: 's' } }],
    };
    expect(
      productParity(
        chinese,
        {
          alertTitle: '警示',
          whereFound: '中国。',
          tells: ['字体不对'],
          lotNotes: { C3239C3: '药瓶' },
          aliasNotes: { 保妥适: '名称' },
          claimedMaker: 'A（被仿冒）',
          recognisedBy: '核查',
          changelog: [],
          authorityWords: [{ translation: '属于假药' }],
        },
        'zh',
      ).map((p) => p.field),
    ).toEqual(['authorityWords[0].translation']);
  });
  it('rejects a note for a lot the English entry does not have', () => {
    const problems = productParity(englishProduct, { lotNotes: { X1: '说明' } }, 'zh');
    expect(problems.some((p) => p.field === 'lotNotes.X1')).toBe(true);
  });
  it('wants lists one to one', () => {
    const english = { keyFacts: [{}, {}], timeline: [{}], people: [], changelog: [] };
    expect(caseParity(english, { keyFacts: [{}], timeline: [{}], people: [], changelog: [] }, 'zh').map((p) => p.field)).toEqual([
      'keyFacts',
    ]);
  });
  it('wants a source note translated', () => {
    expect(sourceParity({ note: 'A re-post.' }, {}, 'zh')).toHaveLength(1);
  });
});

describe('merging a translation keeps every fact from English', () => {
  it('takes words from Chinese and lots, dates, URLs and references from English', () => {
    const merged = localiseProduct(
      englishProduct as never,
      productTranslation.parse({
        statusWording: '该产品是假的',
        alertTitle: '警示',
        recognisedBy: '生产商核查过。',
        whereFound: '巴西。',
        tells: ['字体不对'],
        lotNotes: { C3239C3: '药瓶' },
        aliasNotes: { 保妥适: 'Botox 在中国大陆的批准名称' },
        claimedMaker: 'Allergan（被仿冒）',
      }),
      'zh',
    );
    expect(merged.alert).toEqual({ ...englishProduct.alert, title: '警示' });
    expect(merged.lots).toEqual([{ lot: 'C3239C3', expiry: '01/2020', note: '药瓶' }]);
    expect(merged.statusWording).toBe('O produto é falso');
    expect(merged.statusWordingTranslated).toBe('该产品是假的');
    expect(merged.title).toBe('Botox 100 U');
    expect(merged.tells).toEqual(['字体不对']);
    expect(merged.claimedMaker).toBe('Allergan（被仿冒）');
  });
  it('shows the Chinese pseudonym as the name and keeps each fact\u2019s sources', () => {
    const english = {
      title: 'T',
      summary: 'S',
      place: 'P',
      changelog: [],
      keyFacts: [{ label: 'When', value: '2017', sources: [{ id: 'a' }] }],
      timeline: [{ when: '2017-01-16', event: 'A report.', sources: [{ id: 'b' }] }],
      people: [{ name: 'Peng Xiaoyu', nameLocal: '彭小雨', pseudonym: 'yes' as const, role: 'Supplier', sources: [{ id: 'c' }] }],
    };
    const merged = localiseCase(
      english as never,
      caseTranslation('zh').parse({
        title: '标题',
        summary: '摘要',
        place: '地点',
        keyFacts: [{ label: '时间', value: '2017年' }],
        timeline: [{ when: '2017年1月16日', event: '报案。' }],
        people: [{ role: '供货人' }],
      }),
    );
    expect(merged.keyFacts).toEqual([{ label: '时间', value: '2017年', sources: [{ id: 'a' }] }]);
    expect(merged.timeline[0]!.sources).toEqual([{ id: 'b' }]);
    expect(merged.people[0]).toMatchObject({
      name: '彭小雨',
      nameLocal: undefined,
      pseudonym: 'yes',
      role: '供货人',
      sources: [{ id: 'c' }],
    });
  });
  it('keeps a source\u2019s original title and adds the Chinese rendering beside it', () => {
    const merged = localiseSource(
      { title: 'Counterfeit Botox', publisher: 'FDA', url: 'https://fda.gov/x', language: 'en' } as never,
      { title: '假冒 Botox', publisher: '美国食品药品监督管理局' },
      'zh',
    );
    expect(merged).toMatchObject({
      title: 'Counterfeit Botox',
      titleTranslated: '假冒 Botox',
      publisher: '美国食品药品监督管理局',
      url: 'https://fda.gov/x',
    });
    expect(
      localiseAuthority({ name: 'Donghai County Public Security Bureau', nameLocal: '东海县公安局', report: [] } as never, {
        name: '东海县公安局',
        report: [],
      }).nameLocal,
    ).toBeUndefined();
  });
});

describe('the published content', () => {
  it('passes every content check, and every English entry has its Chinese translation', () => {
    expect(checkContent(process.cwd())).toEqual([]);
    for (const collection of ['products', 'cases', 'risks', 'sources', 'authorities', 'pages'] as const) {
      const english = readdirSync(`content/${collection}`)
        .map((f) => f.replace(/\.[^.]+$/, ''))
        .sort();
      const chinese = readdirSync(`content/zh/${collection}`)
        .map((f) => f.replace(/\.[^.]+$/, ''))
        .sort();
      expect(english.length, collection).toBeGreaterThan(0);
      expect(chinese, collection).toEqual(english);
    }
  });
});
