import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_FILES, jsonSchemaResponse, type ExportFile } from '../../../lib/publish/export-schemas.ts';

/** The JSON Schema (draft 2020-12) of each data file, generated from the zod schema the data is checked against. */
export const getStaticPaths: GetStaticPaths = () => EXPORT_FILES.map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params, site }) => jsonSchemaResponse(params['file'] as ExportFile, site!);
