/**
 * npm run bench: how the build and search scale. Measures the real site and
 * synthetic registers (scripts/bench-site.mjs) of 1,000, 5,000 and 20,000
 * records in both editions, each in a temporary copy of the site that is
 * never committed:
 *
 * - build and index: a cold build (no content cache, no share images) and a
 *   warm one (same content, caches kept), each `astro build` then
 *   `pagefind --site dist`, with wall time, Astro's phases from its log and
 *   peak memory (/usr/bin/time -v);
 * - search, in headless Chromium with an empty cache (scripts/bench-search.mjs):
 *   the exact answer for a lot, a name and a brand, and the first full-text
 *   results, each the median of several runs, with every byte fetched gzipped;
 * - the naive alternative: one JSON file of every record (the register's own
 *   /data/products.json), gzipped, fetched and filtered in the page.
 *
 * The 20,000 row builds only what search needs (FIW_BUILD_ONLY=search: the
 * search page, lists and the exact-answer index, no page per entry), so it has
 * no full-text figure. Results replace the part of docs/benchmarks.md between
 * the bench markers (sizes not measured in this run keep their last figures,
 * from docs/benchmarks.json); the prose around them is written by hand.
 *
 *   npm run bench                       # real, 1000, 5000, 20000
 *   npm run bench -- real,1000          # some sizes only
 *   BENCH_RUNS=3 npm run bench -- 1000
 */
import { chromium } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { startServer } from './static-server.mjs';
import { makeBenchSite, removeBenchSite } from './bench-site.mjs';
import { measureNaive, measureSearch } from './bench-search.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = (process.argv[2] ?? 'real,1000,5000,20000').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPORT = join(ROOT, 'docs/benchmarks.md');

/** A temporary copy of the real site, built like a synthetic one. */
function copyRealSite() {
  const dir = mkdtempSync(join(tmpdir(), 'fiw-bench-real-'));
  for (const item of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// eslint-disable-next-line no-control-regex -- terminal colour codes in Astro's log
const stripColours = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs a command under /usr/bin/time -v: wall seconds, peak memory and the output. */
function timed(cmd, args, { cwd, env }) {
  const out = join(cwd, '.bench-time');
  const result = spawnSync('/usr/bin/time', ['-v', '-o', out, cmd, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${(result.stdout + result.stderr).slice(-3000)}`);
  const report = readFileSync(out, 'utf8');
  const wall = report.match(/Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const peakMB = Number(report.match(/Maximum resident set size \(kbytes\): (\d+)/)[1]) / 1024;
  return { seconds, peakMB, log: stripColours(result.stdout) };
}

const seconds = (text) => {
  if (!text) return undefined;
  const m = text.match(/(?:(\d+)m\s*)?([\d.]+)(ms|s)/);
  return m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[1] ?? 0) * 60 + Number(m[2]);
};

/** Astro's phases, read from its log: content and build info, bundling, page generation, share images. */
function phases(log) {
  const collect = log.match(/\[build\] ✓ Completed in ((?:\d+m\s*)?[\d.]+m?s)\./)?.[1];
  const bundle = log.match(/\[vite\] ✓ built in ([\dm. ]+m?s)/)?.[1];
  const pages = log.match(/^\S+ ✓ Completed in ([\dm. ]+m?s)/m)?.[1];
  const drew = log.match(/drew (\d+) share images on \d+ threads in ([\d.]+) s/);
  const images = log.match(/(\d+) share images \((\d+) from the cache\)/);
  const built = log.match(/(\d+) page\(s\) built/);
  return {
    collect: seconds(collect),
    bundle: seconds(bundle),
    pages: seconds(pages),
    drawn: drew ? Number(drew[1]) : 0,
    drawing: drew ? Number(drew[2]) : 0,
    images: images ? Number(images[1]) : 0,
    pageCount: built ? Number(built[1]) : 0,
  };
}

function build(dir, { cold, env }) {
  if (cold)
    for (const path of [join(dir, '.cache'), join(dir, 'dist'), join(dir, '.astro'), `${dir}-share-images`])
      rmSync(path, { recursive: true, force: true });
  const fullEnv = { ASTRO_TELEMETRY_DISABLED: '1', FIW_SHARE_IMAGE_CACHE: `${dir}-share-images`, ...env };
  const astro = timed(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: fullEnv });
  const index = timed(process.execPath, [join(dir, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], {
    cwd: dir,
    env: fullEnv,
  });
  return { build: astro.seconds, index: index.seconds, peakMB: Math.max(astro.peakMB, index.peakMB), ...phases(astro.log) };
}

/** Queries that a reader of this register would type: a lot, a record's name and a brand, from its content. */
function queriesFor(dir) {
  const products = readdirSync(join(dir, 'content/products'))
    .filter((f) => f.endsWith('.md'))
    .sort();
  const frontMatter = (file) => parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]);
  const pick = products.map((f) => frontMatter(join(dir, 'content/products', f))).find((p) => p.lots?.length && p.brand);
  const brand = parseYaml(readFileSync(join(dir, 'content/brands', `${pick.brand}.yaml`), 'utf8'));
  return {
    exact: [
      ['lot', pick.lots[0].lot],
      ['name', pick.title],
      ['brand', brand.name],
    ],
    fullText: ['hyaluronic acid'],
  };
}

const dirSize = (dir) => {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(name));
    try {
      const data = readFileSync(path);
      bytes += data.length;
      files++;
    } catch {
      // a folder
    }
  }
  return { bytes, files };
};

async function measureSite(label, dir, records, { searchOnly }) {
  const env = searchOnly ? { FIW_BUILD_ONLY: 'search' } : {};
  console.log(`\n== ${label}: cold build`);
  const cold = build(dir, { cold: true, env });
  console.log(cold);
  console.log(`== ${label}: warm build`);
  const warm = build(dir, { cold: false, env });
  console.log(warm);
  const dist = join(dir, 'dist');
  const exactIndex = dirSize(join(dist, 'exact'));
  const queries = queriesFor(dir);
  const server = await startServer({ root: dist });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    console.log(`== ${label}: search`);
    const search = await measureSearch(browser, server.url, {
      exact: queries.exact,
      fullText: searchOnly ? [] : queries.fullText,
      runs: RUNS,
    });
    for (const row of search) console.log(row.what, row.query, `${row.ms.toFixed(0)} ms`, `${row.gzip} B gz`, row.fragments ?? '');
    const naiveFile = join(dist, 'data/products.json');
    const naive = existsSync(naiveFile)
      ? {
          raw: readFileSync(naiveFile).length,
          gzip: gzipSync(readFileSync(naiveFile)).length,
          ms: await measureNaive(browser, server.url, '/data/products.json', queries.exact[0][1]),
        }
      : undefined;
    return { label, records, cold, warm, exactIndex, search, naive, searchOnly };
  } finally {
    await browser.close();
    await server.close?.();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (x) => (x === undefined ? '–' : `${x.toFixed(1)} s`);

function report(results) {
  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    `<!-- bench:start (written by npm run bench; edit the prose outside these markers) -->`,
    '',
    `Measured by \`npm run bench\` on ${date}: ${cpus().length} cores (${cpus()[0].model.trim()}), Node ${process.versions.node},`,
    `Chromium from Debian. Search figures are the median of ${RUNS} runs, each in a new browser context (empty`,
    'cache), from the start of navigation to the answer on screen, with every byte fetched until then counted',
    'gzipped (as a host that compresses would send it).',
    '',
    '### Build and index',
    '',
    '| Register | Pages | Cold: build + index | Astro phases (content / bundle / pages / share images) | Images drawn | Warm: build + index | Warm ÷ cold | Peak memory |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const cold = r.cold.build + r.cold.index;
    const warm = r.warm.build + r.warm.index;
    lines.push(
      `| ${r.label}${r.searchOnly ? ' (search only)' : ''} | ${r.cold.pageCount.toLocaleString('en')} | ${s(cold)} (${s(r.cold.build)} + ${s(r.cold.index)}) | ${s(r.cold.collect)} / ${s(r.cold.bundle)} / ${s(r.cold.pages)} / ${s(r.cold.drawing)} | ${r.cold.drawn.toLocaleString('en')} of ${r.cold.images.toLocaleString('en')} | ${s(warm)} (${s(r.warm.build)} + ${s(r.warm.index)}), ${r.warm.drawn} drawn | ${(warm / cold).toFixed(2)} | ${(r.cold.peakMB / 1024).toFixed(1)} GB |`,
    );
  }
  lines.push(
    '',
    '### Exact answers',
    '',
    '| Register | Exact-answer index | Query | Answer visible (median) | Fetched until then (gzipped) | Pagefind files fetched |',
    '|---|---|---|---|---|---|',
  );
  for (const r of results) {
    for (const row of r.search.filter((x) => x.what.startsWith('exact'))) {
      lines.push(
        `| ${r.label} | ${kb(r.exactIndex.bytes)} in ${r.exactIndex.files.toLocaleString('en')} files | ${row.what.replace('exact ', '')}: \`${row.query}\` | ${row.ms.toFixed(0)} ms | ${kb(row.gzip)} (at most ${kb(row.maxGzip)}) | ${row.pagefind} |`,
      );
    }
  }
  lines.push(
    '',
    '### Full text, and the naive alternative',
    '',
    '| Register | Query | First results visible (median) | Fetched until then (gzipped) | Result fragments fetched | Naive: one JSON of every record, raw (gzipped) | Naive: fetched and filtered |',
    '|---|---|---|---|---|---|---|',
  );
  for (const r of results) {
    const naive = r.naive ? `${kb(r.naive.raw)} (${kb(r.naive.gzip)})` : '–';
    const naiveMs = r.naive ? `${r.naive.ms.toFixed(0)} ms` : '–';
    const rows = r.search.filter((x) => x.what === 'full text');
    if (rows.length === 0) lines.push(`| ${r.label} | (not built) | – | – | – | ${naive} | ${naiveMs} |`);
    for (const row of rows)
      lines.push(
        `| ${r.label} | \`${row.query}\` | ${row.ms.toFixed(0)} ms | ${kb(row.gzip)} | ${row.fragments} | ${naive} | ${naiveMs} |`,
      );
  }
  lines.push('', '<!-- bench:end -->');
  const block = lines.join('\n');
  const current = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const next = /<!-- bench:start[\s\S]*<!-- bench:end -->/.test(current)
    ? current.replace(/<!-- bench:start[\s\S]*<!-- bench:end -->/, block)
    : `${current.trimEnd()}\n\n## Figures\n\n${block}\n`;
  writeFileSync(REPORT, next);
  writeFileSync(join(ROOT, 'docs/benchmarks.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${block}\n\nwritten to docs/benchmarks.md`);
}

const results = [];
for (const size of SIZES) {
  const real = size === 'real';
  const records = real ? readdirSync(join(ROOT, 'content/products')).length : Number(size);
  const dir = real ? copyRealSite() : makeBenchSite(records, { cases: 300 }).dir;
  mkdirSync(dir, { recursive: true });
  try {
    results.push(
      await measureSite(real ? `this site (${records} records)` : `${records.toLocaleString('en')} records`, dir, records, {
        searchOnly: records >= 20000,
      }),
    );
  } finally {
    if (real) rmSync(dir, { recursive: true, force: true });
    else removeBenchSite(dir);
    rmSync(`${dir}-share-images`, { recursive: true, force: true });
  }
}
// A run of some sizes keeps the other sizes' last figures (docs/benchmarks.json), in register order.
const previousFile = join(ROOT, 'docs/benchmarks.json');
const previous = existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : [];
const merged = [...previous.filter((old) => !results.some((r) => r.label === old.label)), ...results].sort((a, b) => a.records - b.records);
report(merged);
