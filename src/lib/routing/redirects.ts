import { existsSync, readFileSync } from 'node:fs';

/** Old addresses and where they now live (content/redirects.json); none when the file is absent. */
export function loadRedirects(path = 'content/redirects.json'): Record<string, string> {
  if (!existsSync(path)) return {};
  const { '//': _note, ...redirects } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  // Every old address has its Chinese twin, forwarding to the Chinese page.
  const chinese = Object.entries(redirects).map(([from, to]) => [`/zh${from}`, `/zh${to}`]);
  return { ...redirects, ...Object.fromEntries(chinese) };
}
