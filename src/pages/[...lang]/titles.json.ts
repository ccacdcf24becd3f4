import type { APIRoute } from 'astro';
import { pageTitlesResponse } from '../../lib/publish/endpoints.ts';
import { languagePaths } from '../../lib/routing/routes.ts';

export const getStaticPaths = languagePaths;
export const GET: APIRoute = ({ locals }) => pageTitlesResponse(locals.language.lang);
