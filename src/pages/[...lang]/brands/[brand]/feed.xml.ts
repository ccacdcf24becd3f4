import type { APIRoute } from 'astro';
import { brandFeedResponse } from '../../../../lib/publish/endpoints.ts';
import { brandPaths } from '../../../../lib/routing/routes.ts';

export const getStaticPaths = brandPaths;
export const GET: APIRoute = ({ locals, site, params }) => brandFeedResponse(locals.language.lang, site!, params.brand!);
