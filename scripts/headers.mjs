// Reads the site-wide headers from a Netlify/Cloudflare-style _headers file.
import { readFileSync } from 'node:fs';

/** @returns {Record<string, string>} the headers listed under `/*`. */
export function readHeaders(path) {
  const headers = {};
  let inAll = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    if (!inAll) continue;
    const at = line.indexOf(':');
    headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}
