import type { APIRoute, GetStaticPaths } from 'astro';
import { loadExactIndex } from '../../lib/content/load.ts';

/** The exact-answer index's files (src/lib/search/exact-index.ts): one per shard, word length, lot length and suggestion prefix, shared by every edition. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { manifest, files } = await loadExactIndex();
  const version = manifest.base.split('/')[2]!;
  return [...files].map(([name, body]) => ({ params: { file: `${version}/${name}` }, props: { body } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
