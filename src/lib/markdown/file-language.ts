/**
 * The language of a content file, from where it lives: content/<lang>/… for
 * a translation, content/… for the default language. Markdown plugins use it
 * to speak the file's language and to link within its edition.
 */
import { sep } from 'node:path';
import { DEFAULT_LANG, TRANSLATED_LANGS, type Lang } from '../../i18n/languages.ts';

export function fileLanguage(path: string | undefined): Lang {
  if (!path) return DEFAULT_LANG;
  const parts = path.split(/[\\/]/);
  const at = parts.lastIndexOf('content');
  const next = at >= 0 ? parts[at + 1] : undefined;
  return (TRANSLATED_LANGS as string[]).includes(next ?? '') ? (next as Lang) : DEFAULT_LANG;
}

/** Where a translation's default-language twin lives: content/zh/cases/x.mdx → content/cases/x (without extension). */
export function twinBase(path: string): string | undefined {
  const lang = fileLanguage(path);
  if (lang === DEFAULT_LANG) return undefined;
  const marker = `${sep}content${sep}${lang}${sep}`;
  const at = path.lastIndexOf(marker);
  const unix = path.lastIndexOf(`/content/${lang}/`);
  const index = at >= 0 ? at : unix;
  if (index < 0) return undefined;
  const rest = path.slice(index + marker.length).replace(/\.[^./\\]+$/, '');
  return `${path.slice(0, index)}${sep}content${sep}${rest}`;
}
