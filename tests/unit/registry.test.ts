import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { COLLECTIONS, COLLECTION_NAMES, REFERENCE_PATHS } from '../../src/lib/content/collections.ts';
import { checkIntegrity, duplicateRecords, statusWordingProblems } from '../../src/lib/content/integrity.ts';
import { ALLOWED_COMPONENTS } from '../../src/lib/markdown/remark-safe-content.ts';
import { ALL_LANGS, LANGS, edition, langFromParam, langParam, localisePath } from '../../src/i18n/languages.ts';
import { ui } from '../../src/i18n/ui.ts';
import { vocab } from '../../src/i18n/vocabulary.ts';
import { explainer, paths } from '../../src/lib/routing/paths.ts';

const pathsOf = (name: keyof typeof REFERENCE_PATHS) => REFERENCE_PATHS[name].map((r) => `${r.path.join('.')} → ${r.collection}`).sort();

describe('the collection registry', () => {
  it('finds every reference a schema holds, nested ones included, from the schema alone', () => {
    expect(pathsOf('products')).toEqual(
      [
        'alert.source → sources',
        'authority → authorities',
        'authorityWords.*.source → sources',
        'brand → brands',
        'cases.* → cases',
        'sources.* → sources',
      ].sort(),
    );
    expect(pathsOf('cases')).toEqual(
      [
        'authorities.* → authorities',
        'keyFacts.*.sources.* → sources',
        'people.*.sources.* → sources',
        'products.* → products',
        'sources.* → sources',
        'timeline.*.sources.* → sources',
      ].sort(),
    );
    expect(pathsOf('sources')).toEqual([]);
  });

  it('gives every collection a folder, a translation schema and parity rules, and pages a path', () => {
    for (const name of COLLECTION_NAMES) {
      const c = COLLECTIONS[name];
      expect(c.dir, name).toMatch(/^[a-z]+$/);
      expect(typeof c.translation.parity, name).toBe('function');
      expect(c.translation.schema('zh').safeParse({}).success !== undefined, name).toBe(true);
      if (c.kind === 'page') expect('path' in c, name).toBe(true);
    }
  });
});

describe('rules across files', () => {
  const product = (id: string, data: Record<string, unknown>) => ({
    id,
    collection: 'products',
    filePath: `content/products/${id}.md`,
    data: {
      title: 'Botox',
      authority: { id: 'a' },
      lots: [{ lot: 'C1 2' }],
      alert: { source: { id: 's' } },
      sources: [{ id: 's' }],
      ...data,
    },
  });

  it('names a reference to a missing entry at any depth, with its field', () => {
    const problems = checkIntegrity([
      { id: 's', collection: 'sources', data: {} },
      { id: 'a', collection: 'authorities', data: {} },
      product('p', { authorityWords: [{ text: 'x', source: { id: 'gone' } }] }),
    ]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'authorityWords[0].source: unknown sources id "gone" (no file content/sources/gone.*)',
      `authorityWords[0].source: cites source "gone", which is missing from this entry's "sources" list`,
    ]);
  });

  it('names both files when two describe the same record in the same alert', () => {
    const found = duplicateRecords([
      product('one', {}),
      product('two', { lots: [{ lot: 'c12' }] }),
      product('other-alert', { alert: { source: { id: 't' } } }),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('content/products/two.md');
  });

  it('wants the authority’s word for a status quoted from its source', () => {
    expect(
      statusWordingProblems(product('p', { statusWording: 'falsificado', authorityWords: [{ text: 'Produto FALSIFICADO, lote C12' }] })),
    ).toEqual([]);
    expect(
      statusWordingProblems(product('p', { statusWording: 'produtos falsificados', authorityWords: [{ text: 'lote falso' }] }))[0]!.field,
    ).toBe('statusWording');
    expect(statusWordingProblems(product('p', {}))).toEqual([]);
  });
});

describe('the language registry', () => {
  it('turns route parameters into languages and back, and refuses an unknown one', () => {
    for (const lang of LANGS) expect(langFromParam(langParam(lang))).toBe(lang);
    expect(() => langFromParam('fr')).toThrow(/unknown language "fr"/);
  });
  it('has a dictionary and a vocabulary for every language it knows, the pseudo-locale included', () => {
    for (const lang of ALL_LANGS) {
      expect(ui(lang).nav.products, lang).toBeTruthy();
      expect(vocab(lang).countries.CZ, lang).toBeTruthy();
      expect(edition(lang).tag, lang).toMatch(/^[a-z]{2}(-[A-Za-z]+)?$/);
    }
  });
  it('builds the pseudo-locale only when asked', () => {
    expect(LANGS).not.toContain('xa');
  });
  it('names explainer addresses once, as paths in every language', () => {
    expect(explainer.dangerSigns).toBe(paths.risk('danger-signs'));
    expect(localisePath(explainer.howToReport, 'zh')).toBe('/zh/risks/how-to-report/');
  });
});

describe('content components', () => {
  it('are the same list that the Markdown safety check allows', () => {
    const index = readFileSync('src/components/content/index.ts', 'utf8');
    const exported = /CONTENT_COMPONENTS = \{([^}]*)\}/
      .exec(index)![1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .sort();
    expect(exported).toEqual([...ALLOWED_COMPONENTS].sort());
  });
});
