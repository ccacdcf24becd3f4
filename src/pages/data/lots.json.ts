import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/cite';
import { loadLots, loadSite } from '../../lib/content';
import { buildDataset, dataFileResponse } from '../../lib/exports';

/** Open data: lots.json, generated from the content collections at build time (see /data/). */
export const GET: APIRoute = async ({ site }) =>
  dataFileResponse('lots.json', buildDataset({ ...(await loadSite()), lots: await loadLots(), base: site! }), buildDate());
