import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/cite';
import { loadLots, loadSite } from '../../lib/content';
import { buildDataset, dataFileResponse } from '../../lib/exports';

/** Open data: the register as CSV, one row per product, generated at build time (see /data/). */
export const GET: APIRoute = async ({ site }) =>
  dataFileResponse('products.csv', buildDataset({ ...(await loadSite()), lots: await loadLots(), base: site! }), buildDate());
