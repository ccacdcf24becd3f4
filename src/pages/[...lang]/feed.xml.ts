import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/publish/endpoints.ts';
import { languagePaths } from '../../lib/routing/routes.ts';

export const getStaticPaths = languagePaths;
export const GET: APIRoute = ({ locals, site }) => feedResponse(locals.language.lang, site!);
