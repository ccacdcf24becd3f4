import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDate } from '../../lib/publish/cite.ts';
import { loadDataset } from '../../lib/content/load.ts';
import { DATA_FILES, dataFileResponse, type DataFileName } from '../../lib/publish/exports.ts';

/** Open data (products.json and .csv, lots.json, cases.json, sources.json), generated at build time; see /data/. */
export const getStaticPaths: GetStaticPaths = () => DATA_FILES.map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ params, site }) =>
  dataFileResponse(params['file'] as DataFileName, await loadDataset(site!), buildDate());
