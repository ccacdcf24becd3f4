import type { APIRoute } from 'astro';
import { jsonSchemaResponse } from '../../../lib/export-schemas';

/** The JSON Schema (draft 2020-12) of /data/products.json, generated from the zod schema the data is checked against. */
export const GET: APIRoute = ({ site }) => jsonSchemaResponse('products', site!);
