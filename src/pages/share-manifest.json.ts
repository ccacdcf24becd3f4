import type { APIRoute } from 'astro';
import { shareImageJobs } from '../lib/publish/share-cards.ts';

/** The share images to draw after the build (src/integrations/share-images.ts); not published. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await shareImageJobs()), { headers: { 'Content-Type': 'application/json' } });
