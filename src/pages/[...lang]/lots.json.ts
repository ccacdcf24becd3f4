import type { APIRoute } from 'astro';
import { lotLookupResponse } from '../../lib/publish/endpoints.ts';
import { languagePaths } from '../../lib/routing/routes.ts';

export const getStaticPaths = languagePaths;
export const GET: APIRoute = ({ locals }) => lotLookupResponse(locals.language.lang);
