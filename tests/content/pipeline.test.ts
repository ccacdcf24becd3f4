/**
 * Each stage of the build pipeline stops the build on bad content, naming the
 * file and the field: one throwaway fixture site per stage, each with one
 * broken file. The rules themselves (every kind of malformed file) are unit
 * tests of the same functions (tests/unit/content-rules.test.ts); these
 * builds prove each stage is wired to them. That the valid fixture builds is
 * proved by the hostile-content site (tests/browser/hostile-content.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, edit, makeSite, removeSites } from './fixture-site.ts';

afterAll(removeSites);

describe('the build stops on bad content at every stage, naming the file and the field', () => {
  it('content layer (Astro schemas): a missing required field', () => {
    const dir = makeSite();
    edit(dir, 'products/test-product.md', (t) => t.replace(/^whereFound:.*\n/m, ''));
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    expect(output).toMatch(/test-product/);
    expect(output).toMatch(/whereFound/);
  });

  it('rules across files (load.ts): an unknown reference', () => {
    const dir = makeSite();
    edit(dir, 'products/test-product.md', (t) => t.replace('authority: xx-test', 'authority: xx-missing'));
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/products\/test-product\.md: field "authority": unknown authorities id "xx-missing"/);
  });

  it('translations (load.ts): an entry without its Chinese translation', () => {
    const dir = makeSite();
    rmSync(join(dir, 'content/zh/risks/test-risk.mdx'));
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/zh\/risks\/test-risk: missing/);
  });

  it('Markdown (remark plugins): a citation of a source the page does not list', () => {
    const dir = makeSite();
    edit(dir, 'cases/test-case.md', (t) => t.replace('Something happened [@test-source]', 'Something happened [@not-listed]'));
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    expect(output).toMatch(/test-case\.md/);
    expect(output).toMatch(/\[@not-listed\]/);
  });
});
