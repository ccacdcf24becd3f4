/**
 * Gates over every built page, driven from dist/ (never a hand-kept list):
 * axe at two widths in both colour schemes, no requests to other origins, no
 * CSP violations, byte budgets per template, content without JavaScript,
 * valid HTML and no broken internal links. `npm run audit:site` prints the
 * same checks as one table.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { builtPages, useBuiltSite } from './harness.ts';
import { CONFIGS, auditPages, overBudget, pagesBrokenWithoutJs, type PageFindings } from '../audit/site.ts';
import { checkLinks } from '../audit/links.ts';

const site = useBuiltSite();
const pages = builtPages();

describe(`every built page (${pages.length})`, () => {
  let findings: PageFindings[] = [];

  it(`passes axe (WCAG 2.2 AA) at ${CONFIGS.map((c) => c.name).join('; ')}, loads nothing from other origins and breaks no CSP rule`, async () => {
    findings = await auditPages(site.browser, site.url, pages);
    expect(findings.flatMap((f) => f.axe.map((v) => `${f.path}: ${v}`))).toEqual([]);
    expect(findings.flatMap((f) => f.foreign.map((u) => `${f.path}: ${u}`))).toEqual([]);
    expect(findings.flatMap((f) => f.csp.map((c) => `${f.path}: ${c}`))).toEqual([]);
  }, 1_200_000);

  it('stays within the byte budget of its template', () => {
    expect(findings.length).toBe(pages.length);
    expect(overBudget(findings)).toEqual([]);
  });

  it('shows its main content with JavaScript turned off', async () => {
    expect(await pagesBrokenWithoutJs(site.browser, site.url, pages)).toEqual([]);
  }, 300_000);

  it('has no broken internal link, image or #fragment', () => {
    const { checked, broken } = checkLinks('dist');
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken).toEqual([]);
  });

  it('is valid HTML (W3C Nu HTML Checker, zero errors)', () => {
    const result = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--skip-non-html', '--errors-only', 'dist'], {
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  }, 300_000);
});
