import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_LANG, TRANSLATED_LANGS, localisePath } from '../../i18n/languages.ts';

/** Old addresses and where they now live (content/redirects.json), in every language; none when the file is absent. */
export function loadRedirects(path = 'content/redirects.json'): Record<string, string> {
  if (!existsSync(path)) return {};
  const { '//': _note, ...redirects } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  // Every old address has its twin in each language, forwarding to that language's page.
  const twins = TRANSLATED_LANGS.filter((lang) => lang !== DEFAULT_LANG).flatMap((lang) =>
    Object.entries(redirects).map(([from, to]) => [localisePath(from, lang), localisePath(to, lang)] as const),
  );
  return { ...redirects, ...Object.fromEntries(twins) };
}
