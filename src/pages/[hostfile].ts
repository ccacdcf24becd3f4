import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRedirects } from '../lib/routing/redirects.ts';
import { TRANSLATED_LANGS, edition, notFoundPath } from '../i18n/languages.ts';

/** `_redirects` for hosts that read it (Netlify, Cloudflare Pages): real 301s for content/redirects.json. */
export const getStaticPaths: GetStaticPaths = () => [{ params: { hostfile: '_redirects' } }];

export const GET: APIRoute = () => {
  const lines = Object.entries(loadRedirects()).map(([from, to]) => `${from} ${to} 301`);
  // A missing address in a translated edition gets that edition's "page not found", with its 404 status.
  for (const lang of TRANSLATED_LANGS) lines.push(`${edition(lang).prefix}/* ${notFoundPath(lang)} 404`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
