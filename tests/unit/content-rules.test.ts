/**
 * Every kind of malformed content file is refused with its file and field
 * named: the rules the build applies (schemas, rules across files,
 * translations), run here on a copy of the fixture site's content without a
 * build. tests/content/pipeline.test.ts proves each build stage applies them.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, type ContentProblem } from '../../src/lib/content/check.ts';

const VALID = join(import.meta.dirname, '../content/fixtures/valid');
const roots: string[] = [];
let root = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fiw-rules-'));
  roots.push(root);
  cpSync(VALID, join(root, 'content'), { recursive: true });
});
afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

const edit = (file: string, change: (text: string) => string) => {
  const path = join(root, 'content', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const problems = (): ContentProblem[] => checkContent(root);
const said = (list: ContentProblem[]) => list.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');

describe('the valid fixture content', () => {
  it('passes every rule (so each failure below is caused by its one broken file)', () => {
    expect(problems()).toEqual([]);
  });
});

const cases: { name: string; file: string; change: (text: string) => string; expect: RegExp[] }[] = [
  {
    name: 'a missing required field',
    file: 'products/test-product.md',
    change: (t) => t.replace(/^whereFound:.*\n/m, ''),
    expect: [/products\/test-product\.md: whereFound/],
  },
  {
    name: 'a record with no source',
    file: 'products/test-product.md',
    change: (t) => t.replace('sources: [test-source]', 'sources: []'),
    expect: [/test-product\.md: sources: a record needs at least one source/],
  },
  {
    name: 'a reference to a case that does not exist',
    file: 'products/test-product.md',
    change: (t) => t.replace('published: 2026-11-29', 'cases: [no-such-case]\npublished: 2026-11-29'),
    expect: [/products\/test-product\.md: cases\[0\]: unknown cases id "no-such-case"/],
  },
  {
    name: 'a wrong type',
    file: 'products/test-product.md',
    change: (t) => t.replace('countries: [US]', 'countries: US'),
    expect: [/test-product\.md: countries/],
  },
  {
    name: 'a country outside the list',
    file: 'products/test-product.md',
    change: (t) => t.replace('countries: [US]', 'countries: [UK]'),
    expect: [/test-product\.md: countries\.0: unknown country code "UK"/],
  },
  {
    name: 'a status outside the vocabulary',
    file: 'products/test-product.md',
    change: (t) => t.replace('status: counterfeit', 'status: dodgy'),
    expect: [/test-product\.md: status/],
  },
  {
    name: 'an unapproved status without the country',
    file: 'products/test-product.md',
    change: (t) => t.replace('status: counterfeit', 'status: unapproved'),
    expect: [/test-product\.md: statusCountry/],
  },
  {
    name: 'a quotation in another language without its translation',
    file: 'products/test-product.md',
    change: (t) => t.replace('    lang: en\n', '    lang: es\n'),
    expect: [/test-product\.md: authorityWords\.0\.translation: a quotation in "es" needs its English translation/],
  },
  {
    name: 'a quotation whose source the record does not list',
    file: 'products/test-product.md',
    change: (t) =>
      t
        .replace('    source: test-source\n    ', '    source: other-source\n    ')
        .replace('    lang: en\n    source: test-source', '    lang: en\n    source: test-source-2'),
    expect: [/test-product\.md: authorityWords\[0\]\.source: unknown sources id "test-source-2"/],
  },
  {
    name: 'a bad date',
    file: 'sources/test-source.yaml',
    change: (t) => t.replace('published: 2024-04-16', 'published: 16/04/2024'),
    expect: [/sources\/test-source\.yaml: published/],
  },
  {
    name: 'an unknown reference',
    file: 'products/test-product.md',
    change: (t) => t.replace('authority: xx-test', 'authority: xx-missing'),
    expect: [/test-product\.md: authority: unknown authorities id "xx-missing"/],
  },
  {
    name: 'a citation of a source the page does not list',
    file: 'cases/test-case.md',
    change: (t) => t.replace('Something happened [@test-source]', 'Something happened [@not-listed]'),
    expect: [/cases\/test-case\.md: body: cites \[@not-listed\]/],
  },
  {
    name: 'a javascript: URL in a source',
    file: 'sources/test-source.yaml',
    change: (t) => t.replace('url: https://example.org/alert', 'url: "javascript:alert(1)"'),
    expect: [/test-source\.yaml: url: must be a full http/],
  },
  {
    name: 'an explainer without review dates',
    file: 'risks/test-risk.mdx',
    change: (t) => t.replace(/^lastReviewed:.*\n/m, ''),
    expect: [/risks\/test-risk\.mdx: lastReviewed/],
  },
  {
    name: 'a review date before the last review',
    file: 'risks/test-risk.mdx',
    change: (t) => t.replace('nextReview: 2027-05-29', 'nextReview: 2026-01-01'),
    expect: [/test-risk\.mdx: nextReview: nextReview must be after lastReviewed/],
  },
  {
    name: 'a translation that repeats a shared fact',
    file: 'zh/products/test-product.md',
    change: (t) => t.replace('whereFound:', 'lots:\n  - { lot: X999 }\nwhereFound:'),
    expect: [/zh\/products\/test-product\.md: \(front matter\): lots: shared facts live only in the English entry/],
  },
  {
    name: 'a translation that drops a key fact',
    file: 'zh/cases/test-case.md',
    change: (t) => t.replace(/keyFacts:\n.*\n/, 'keyFacts: []\n'),
    expect: [/zh\/cases\/test-case\.md: keyFacts: the English entry has 1 key facts and the translation has 0/],
  },
  {
    name: 'a translation that leaves a quotation unrendered',
    file: 'zh/products/test-product.md',
    change: (t) => t.replace(/authorityWords:\n.*\n/, ''),
    expect: [/zh\/products\/test-product\.md: authorityWords: the English entry has 1 quotations and the translation has 0/],
  },
  {
    name: 'a translation citing a source its English entry does not list',
    file: 'zh/cases/test-case.md',
    change: (t) => t.replace('发生了一些事情[@test-source]', '发生了一些事情[@not-listed]'),
    expect: [/zh\/cases\/test-case\.md: body: cites \[@not-listed\]/],
  },
  {
    name: 'a Chinese summary over its limit',
    file: 'zh/risks/test-risk.mdx',
    change: (t) => t.replace('summary: 一份测试风险指南。', `summary: ${'长'.repeat(201)}`),
    expect: [/zh\/risks\/test-risk\.mdx: summary: keep the summary under 200 characters/],
  },
];

describe('malformed content is refused, naming the file and the field', () => {
  for (const c of cases) {
    it(`refuses ${c.name}`, () => {
      edit(c.file, c.change);
      const found = said(problems());
      expect(found).not.toBe('');
      for (const pattern of c.expect) expect(found).toMatch(pattern);
    });
  }

  it('refuses an English entry without its translation, naming the missing file', () => {
    rmSync(join(root, 'content/zh/risks/test-risk.mdx'));
    expect(said(problems())).toMatch(/content\/zh\/risks\/test-risk\.mdx: \(file\): missing/);
  });

  it('refuses two files that claim the same slug', () => {
    cpSync(join(root, 'content/cases/test-case.md'), join(root, 'content/cases/test-case.mdx'));
    expect(said(problems())).toMatch(/test-case\.mdx? and test-case\.mdx?/);
  });

  it('refuses a second file describing the same record, naming both files', () => {
    cpSync(join(root, 'content/products/test-product.md'), join(root, 'content/products/test-product-copy.md'));
    cpSync(join(root, 'content/zh/products/test-product.md'), join(root, 'content/zh/products/test-product-copy.md'));
    expect(said(problems())).toMatch(
      /products\/test-product(-copy)?\.md: \(whole record\): describes the same record as content\/products\/test-product(-copy)?\.md/,
    );
  });

  it('refuses a missing explainer that other pages link to by name', () => {
    rmSync(join(root, 'content/risks/danger-signs.mdx'));
    rmSync(join(root, 'content/zh/risks/danger-signs.mdx'));
    expect(said(problems())).toMatch(/NAMED_EXPLAINERS\.dangerSigns: no content\/risks\/danger-signs\.mdx/);
  });
});
