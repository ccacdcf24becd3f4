import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRedirects } from '../lib/routing/redirects.ts';

/** `_redirects` for hosts that read it (Netlify, Cloudflare Pages): real 301s for content/redirects.json. */
export const getStaticPaths: GetStaticPaths = () => [{ params: { hostfile: '_redirects' } }];

export const GET: APIRoute = () => {
  const lines = Object.entries(loadRedirects()).map(([from, to]) => `${from} ${to} 301`);
  // A missing address under /zh/ gets the Chinese "page not found", with its 404 status.
  lines.push('/zh/* /zh/404/ 404');
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
