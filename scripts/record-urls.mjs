// npm run urls: add every page of the built site to docs/published-urls.txt.
// Published addresses are a promise; this never removes a line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtPages } from '../tests/browser/harness.ts';

const FILE = 'docs/published-urls.txt';
const header = '# Every address this site has published. Each must keep working (as a page or a redirect).\n# Add new pages with `npm run urls` after a build; never delete a line.\n';
const known = existsSync(FILE) ? readFileSync(FILE, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : [];
const all = [...new Set([...known, ...builtPages().filter((p) => p !== '/404.html')])].sort();
writeFileSync(FILE, header + all.join('\n') + '\n');
console.log(`${FILE}: ${all.length} addresses (${all.length - known.length} new)`);
