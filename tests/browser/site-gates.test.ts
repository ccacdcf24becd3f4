/**
 * Gates that need a real browser, on several pages of every template in every
 * language (the largest, the first and the last of each): axe at phone and
 * desktop widths in light and dark mode, no request to another origin at run
 * time, no CSP violation. `npm run audit:site` runs the same checks on every
 * page; the file-based gates run on every page in tests/built/.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite, DIST } from './harness.ts';
import { CONFIGS, auditPages } from '../audit/site.ts';
import { readPages, sampleByTemplate } from '../audit/static.ts';
import { LANGS } from '../../src/i18n/languages.ts';

const site = useBuiltSite();
const all = readPages(DIST);
const sample = sampleByTemplate(all);

describe(`a sample of every template in every language (${sample.length} of ${all.length} pages)`, () => {
  it('covers every template in every language', () => {
    const groups = (pages: typeof all) => new Set(pages.map((p) => `${p.lang}:${p.template}`));
    expect([...groups(sample)].sort()).toEqual([...groups(all)].sort());
    expect(new Set(sample.map((p) => p.lang)).size).toBe(LANGS.length);
  });

  it(`passes axe (WCAG 2.2 AA) at ${CONFIGS.map((c) => c.name).join('; ')}, loads nothing from other origins and breaks no CSP rule`, async () => {
    const findings = await auditPages(
      site.browser,
      site.url,
      sample.map((p) => p.path),
    );
    expect(findings).toHaveLength(sample.length);
    expect(findings.flatMap((f) => f.axe.map((v) => `${f.path}: ${v}`))).toEqual([]);
    expect(findings.flatMap((f) => f.foreign.map((u) => `${f.path}: ${u}`))).toEqual([]);
    expect(findings.flatMap((f) => f.csp.map((c) => `${f.path}: ${c}`))).toEqual([]);
  }, 600_000);
});
