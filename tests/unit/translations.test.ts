import { describe, expect, it } from 'vitest';
import { productTranslation, caseTranslation } from '../../src/lib/content/translation-schemas.ts';
import { caseParity, productParity, sourceParity } from '../../src/lib/content/translation-parity.ts';
import { localiseAuthority, localiseCase, localiseProduct, localiseSource } from '../../src/lib/content/localise.ts';
import { checkTranslation } from '../../scripts/check-translations.ts';
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
  changelog: [],
};

describe('translation schemas hold words only', () => {
  it('reject a shared fact copied into a translation', () => {
    const result = productTranslation.safeParse({ alertTitle: '警示', whereFound: '巴西。', lots: [{ lot: 'C3239C3' }] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('lots');
    expect(caseTranslation.safeParse({ title: 't', summary: 's', place: 'p', keyFacts: [], sources: ['x'] }).success).toBe(false);
  });
});

describe('parity: every English word is translated', () => {
  it('names each piece of wording a product translation is missing', () => {
    const problems = productParity(englishProduct, { alertTitle: '警示', whereFound: '巴西。', tells: [], lotNotes: {}, aliasNotes: {}, identifierLabels: {}, changelog: [] });
    expect(problems.map((p) => p.field).sort()).toEqual(['aliasNotes.保妥适', 'claimedMaker', 'lotNotes.C3239C3', 'recognisedBy', 'statusWording', 'tells'].sort());
  });
  it('rejects a note for a lot the English entry does not have', () => {
    const problems = productParity(englishProduct, { lotNotes: { X1: '说明' } });
    expect(problems.some((p) => p.field === 'lotNotes.X1')).toBe(true);
  });
  it('wants lists one to one', () => {
    const english = { keyFacts: [{}, {}], timeline: [{}], people: [], changelog: [] };
    expect(caseParity(english, { keyFacts: [{}], timeline: [{}], people: [], changelog: [] }).map((p) => p.field)).toEqual(['keyFacts']);
  });
  it('wants a source note translated', () => {
    expect(sourceParity({ note: 'A re-post.' }, {})).toHaveLength(1);
  });
});

describe('merging a translation keeps every fact from English', () => {
  it('takes words from Chinese and lots, dates, URLs and references from English', () => {
    const merged = localiseProduct(englishProduct, productTranslation.parse({
      statusWording: '该产品是假的',
      alertTitle: '警示',
      recognisedBy: '生产商核查过。',
      whereFound: '巴西。',
      tells: ['字体不对'],
      lotNotes: { C3239C3: '药瓶' },
      aliasNotes: { 保妥适: 'Botox 在中国大陆的批准名称' },
      claimedMaker: 'Allergan（被仿冒）',
    }));
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
      title: 'T', summary: 'S', place: 'P', changelog: [],
      keyFacts: [{ label: 'When', value: '2017', sources: [{ id: 'a' }] }],
      timeline: [{ when: '2017-01-16', event: 'A report.', sources: [{ id: 'b' }] }],
      people: [{ name: 'Peng Xiaoyu', nameLocal: '彭小雨', pseudonym: 'yes' as const, role: 'Supplier', sources: [{ id: 'c' }] }],
    };
    const merged = localiseCase(english, caseTranslation.parse({
      title: '标题', summary: '摘要', place: '地点',
      keyFacts: [{ label: '时间', value: '2017年' }],
      timeline: [{ when: '2017年1月16日', event: '报案。' }],
      people: [{ role: '供货人' }],
    }));
    expect(merged.keyFacts).toEqual([{ label: '时间', value: '2017年', sources: [{ id: 'a' }] }]);
    expect(merged.timeline[0]!.sources).toEqual([{ id: 'b' }]);
    expect(merged.people[0]).toMatchObject({ name: '彭小雨', nameLocal: undefined, pseudonym: 'yes', role: '供货人', sources: [{ id: 'c' }] });
  });
  it('keeps a source\u2019s original title and adds the Chinese rendering beside it', () => {
    const merged = localiseSource({ title: 'Counterfeit Botox', publisher: 'FDA', url: 'https://fda.gov/x' }, { title: '假冒 Botox', publisher: '美国食品药品监督管理局' });
    expect(merged).toMatchObject({ title: 'Counterfeit Botox', titleTranslated: '假冒 Botox', publisher: '美国食品药品监督管理局', url: 'https://fda.gov/x' });
    expect(localiseAuthority({ name: 'Donghai County Public Security Bureau', nameLocal: '东海县公安局', report: [] }, { name: '东海县公安局', report: [] }).nameLocal).toBeUndefined();
  });
});

describe('the published translations', () => {
  it('cover every English entry and all pass the checker', () => {
    for (const collection of ['products', 'cases', 'risks', 'sources', 'authorities'] as const) {
      const english = readdirSync(`content/${collection}`).map((f) => f.replace(/\.[^.]+$/, '')).sort();
      const chinese = readdirSync(`content/zh/${collection}`).map((f) => f.replace(/\.[^.]+$/, '')).sort();
      expect(chinese, collection).toEqual(english);
      for (const file of readdirSync(`content/zh/${collection}`)) {
        expect(checkTranslation(collection, `content/zh/${collection}/${file}`), file).toEqual([]);
      }
    }
  });
});
