/**
 * Each kind of malformed content file must fail the build with a message that
 * names the file and the field, so an editor can fix it without guessing.
 * Every case builds a throwaway copy of the site with a small valid content
 * set plus one broken file.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, edit, makeSite, removeSites } from './fixture-site.ts';

afterAll(removeSites);

describe('content fixtures', () => {
  let validResult: { ok: boolean; output: string };
  beforeAll(() => {
    validResult = build(makeSite());
  });

  it('the valid fixture set builds (so each failure below is caused by its one broken file)', () => {
    expect(validResult.output).not.toMatch(/error/i);
    expect(validResult.ok).toBe(true);
  });

  const cases: { name: string; file: string; change: (text: string) => string; expect: RegExp[] }[] = [
    {
      name: 'a missing required field',
      file: 'products/test-product.md',
      change: (t) => t.replace(/^whereFound:.*\n/m, ''),
      expect: [/test-product/, /whereFound/],
    },
    {
      name: 'a record with no source',
      file: 'products/test-product.md',
      change: (t) => t.replace('sources: [test-source]', 'sources: []'),
      expect: [/test-product/, /sources/, /at least one source/],
    },
    {
      name: 'a reference to a case that does not exist',
      file: 'products/test-product.md',
      change: (t) => t.replace('published: 2026-11-29', 'cases: [no-such-case]\npublished: 2026-11-29'),
      expect: [/content\/products\/test-product\.md/, /field "cases\[0\]"/, /no-such-case/],
    },
    {
      name: 'a wrong type',
      file: 'products/test-product.md',
      change: (t) => t.replace('countries: [US]', 'countries: US'),
      expect: [/test-product/, /countries/],
    },
    {
      name: 'a status outside the vocabulary',
      file: 'products/test-product.md',
      change: (t) => t.replace('status: counterfeit', 'status: dodgy'),
      expect: [/test-product/, /status/],
    },
    {
      name: 'an unapproved status without the country',
      file: 'products/test-product.md',
      change: (t) => t.replace('status: counterfeit', 'status: unapproved'),
      expect: [/test-product/, /statusCountry/],
    },
    {
      name: 'a bad date',
      file: 'sources/test-source.yaml',
      change: (t) => t.replace('published: 2024-04-16', 'published: 16/04/2024'),
      expect: [/test-source/, /published/],
    },
    {
      name: 'an unknown reference',
      file: 'products/test-product.md',
      change: (t) => t.replace('authority: xx-test', 'authority: xx-missing'),
      expect: [/content\/products\/test-product\.md/, /field "authority"/, /xx-missing/],
    },
    {
      name: 'a citation of a source the page does not list',
      file: 'cases/test-case.mdx',
      change: (t) => t.replace('Something happened [@test-source]', 'Something happened [@not-listed]'),
      expect: [/test-case\.mdx/, /\[@not-listed\]/],
    },
    {
      name: 'a javascript: URL in a source',
      file: 'sources/test-source.yaml',
      change: (t) => t.replace('url: https://example.org/alert', 'url: "javascript:alert(1)"'),
      expect: [/test-source/, /url/, /http/],
    },
    {
      name: 'a script element in an MDX body',
      file: 'cases/test-case.mdx',
      change: (t) => t + '\n<script>alert(1)</script>\n',
      expect: [/test-case\.mdx/, /<script> is not allowed/],
    },
    {
      name: 'an expression in an MDX body',
      file: 'cases/test-case.mdx',
      change: (t) => t + '\nTotal: {1 + 1}\n',
      expect: [/test-case\.mdx/, /expressions/],
    },
    {
      name: 'an explainer without review dates',
      file: 'risks/test-risk.mdx',
      change: (t) => t.replace(/^lastReviewed:.*\n/m, ''),
      expect: [/test-risk/, /lastReviewed/],
    },
    {
      name: 'a translation that repeats a shared fact',
      file: 'zh/products/test-product.md',
      change: (t) => t.replace('whereFound:', 'lots:\n  - { lot: X999 }\nwhereFound:'),
      expect: [/zh\/products\/test-product/, /lots/, /[Uu]nrecognized key/],
    },
    {
      name: 'a translation that drops a key fact',
      file: 'zh/cases/test-case.mdx',
      change: (t) => t.replace(/keyFacts:\n.*\n/, 'keyFacts: []\n'),
      expect: [/content\/zh\/cases\/test-case\.mdx/, /keyFacts/, /1 key facts and the translation has 0/],
    },
    {
      name: 'a translation citing a source its English entry does not list',
      file: 'zh/cases/test-case.mdx',
      change: (t) => t.replace('发生了一些事情[@test-source]', '发生了一些事情[@not-listed]'),
      expect: [/zh\/cases\/test-case\.mdx/, /\[@not-listed\]/],
    },
  ];

  for (const c of cases) {
    it(`rejects ${c.name}, naming the file and the field`, () => {
      const dir = makeSite();
      edit(dir, c.file, c.change);
      const { ok, output } = build(dir);
      expect(ok).toBe(false);
      for (const pattern of c.expect) expect(output).toMatch(pattern);
    });
  }

  it('rejects an English entry that has no Chinese translation, naming the missing file', () => {
    const dir = makeSite();
    rmSync(join(dir, 'content/zh/risks/test-risk.mdx'));
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/zh\/risks\/test-risk: missing/);
  });

  it('rejects two files that claim the same slug', () => {
    const dir = makeSite();
    cpSync(join(dir, 'content/cases/test-case.mdx'), join(dir, 'content/cases/test-case.md'));
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    expect(output).toMatch(/test-case\.md.*test-case\.mdx|test-case\.mdx.*test-case\.md/);
  });
});
