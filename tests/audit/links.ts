/**
 * Static link check over the built site: every internal href and src, and
 * every #fragment, must resolve to a file (and an id) in dist/.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idCache.set(file, ids);
  }
  return ids;
}

/** The file a site path serves, as the static server and any static host would. */
function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const direct = join(dist, clean);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(dist, clean, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

export function checkLinks(dist: string): { checked: number; broken: BrokenLink[] } {
  idCache.clear();
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const page = '/' + relative(dist, file).replace(/index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decodeEntities(match[1]!);
      if (/^(https?:|mailto:|tel:|data:)/i.test(raw)) continue;
      checked++;
      const url = new URL(raw, `http://site${page}`);
      const target = url.pathname === new URL(`http://site${page}`).pathname && raw.startsWith('#') ? file : fileFor(dist, url.pathname);
      if (!target) {
        broken.push({ page, link: raw, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) {
        broken.push({ page, link: raw, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { checked, broken };
}
