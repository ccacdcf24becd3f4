// npm run audit:site: build once, then run every gate over every built page
// and print one table. Exits 1 if any gate fails.
import { execSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { VNU_JAVA_FLAGS } from './vnu.mjs';
import { startServer } from './static-server.mjs';
import { readHeaders } from './headers.mjs';
import { checkLinks } from '../tests/audit/links.ts';
import { BUDGETS, CONFIGS, auditPages, overBudget, pagesBrokenWithoutJs } from '../tests/audit/site.ts';
import { builtPages } from '../tests/browser/harness.ts';

if (!process.argv.includes('--no-build')) execSync('npm run --silent build', { stdio: ['ignore', 'ignore', 'inherit'] });
execSync('node scripts/ensure-chromium.mjs && node scripts/ensure-java.mjs', { stdio: 'inherit' });

const pages = builtPages();
const vnu = spawnSync(
  'java',
  [...VNU_JAVA_FLAGS, '-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--skip-non-html', '--errors-only', 'dist'],
  {
    encoding: 'utf8',
  },
);
const htmlErrors = (vnu.stderr + vnu.stdout).split('\n').filter((l) => l.includes('error')).length;
const links = checkLinks('dist');

const headers = readHeaders(join('dist', '_headers'));
headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replace(/;\s*upgrade-insecure-requests/, '');
delete headers['Strict-Transport-Security'];
const server = await startServer({ root: 'dist', headers });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const all = await auditPages(browser, server.url, pages);
const noJs = await pagesBrokenWithoutJs(browser, server.url, pages);
await browser.close();
await server.close();

const axe = all.flatMap((f) => f.axe.map((v) => `${f.path}: ${v}`));
const foreign = all.flatMap((f) => f.foreign.map((u) => `${f.path}: ${u}`));
const csp = all.flatMap((f) => f.csp.map((c) => `${f.path}: ${c}`));
const budget = overBudget(all);

const rows = [
  ['Pages checked', pages.length],
  [`Axe violations (WCAG 2.2 AA; ${CONFIGS.map((c) => c.name).join(', ')})`, axe.length],
  ['HTML errors (Nu checker)', htmlErrors],
  [`Broken links (${links.checked} internal links and fragments)`, links.broken.length],
  ['Requests to other origins', foreign.length],
  ['CSP violations', csp.length],
  ['Pages without main content when JavaScript is off', noJs.length],
  ['Pages over their byte budget', budget.length],
];
console.log('\n| Gate | Result |\n|---|---|');
for (const [gate, value] of rows) console.log(`| ${gate} | ${value} |`);

const measured = all.filter((f) => f.bytes);
console.log('\n| Template | Pages | Largest page (bytes) | JS (bytes) | Budget total / JS |\n|---|---|---|---|---|');
for (const template of Object.keys(BUDGETS)) {
  const of = measured.filter((f) => f.template === template);
  if (!of.length) continue;
  const max = Math.max(...of.map((f) => f.bytes.total));
  const js = Math.max(...of.map((f) => f.bytes.js));
  console.log(
    `| ${template} | ${of.length} | ${max.toLocaleString('en')} | ${js.toLocaleString('en')} | ${BUDGETS[template].total.toLocaleString('en')} / ${BUDGETS[template].js.toLocaleString('en')} |`,
  );
}

const problems = [...axe, ...foreign, ...csp, ...budget, ...noJs, ...links.broken.map((b) => `${b.page}: ${b.link}: ${b.reason}`)];
if (htmlErrors) problems.push((vnu.stderr + vnu.stdout).trim());
if (problems.length) {
  console.error(`\nProblems:\n${problems.slice(0, 60).join('\n')}`);
  process.exit(1);
}
console.log('\nAll gates pass.');
