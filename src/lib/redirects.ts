import { existsSync, readFileSync } from 'node:fs';

/** Old addresses and where they now live (content/redirects.json); none when the file is absent. */
export function loadRedirects(path = 'content/redirects.json'): Record<string, string> {
  if (!existsSync(path)) return {};
  const { '//': _note, ...redirects } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return redirects;
}
