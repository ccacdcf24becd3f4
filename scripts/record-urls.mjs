// npm run urls: add every page of the built site to docs/published-urls.txt.
// Published addresses are a promise; this never removes a line.
import { LANGS, localisePath, notFoundPath } from '../src/i18n/languages.ts';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { builtPages } from '../tests/browser/harness.ts';

const FILE = 'docs/published-urls.txt';
const header =
  '# Every address this site has published. Each must keep working (as a page or a redirect).\n# Add new pages with `npm run urls` after a build; never delete a line.\n';
const known = existsSync(FILE)
  ? readFileSync(FILE, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
  : [];
// Data files and the feed are promises too: people link to them and download them by address.
const dataFiles = readdirSync('dist/data', { recursive: true })
  .map(String)
  .filter((f) => /\.(json|csv)$/.test(f))
  .map((f) => `/data/${f}`);
const all = [
  ...new Set([
    ...known,
    ...builtPages().filter((p) => !LANGS.some((lang) => p === notFoundPath(lang))),
    ...LANGS.map((lang) => localisePath('/feed.xml', lang)),
    ...dataFiles,
  ]),
].sort();
writeFileSync(FILE, header + all.join('\n') + '\n');
console.log(`${FILE}: ${all.length} addresses (${all.length - known.length} new)`);
