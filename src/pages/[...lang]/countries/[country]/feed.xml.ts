import type { APIRoute } from 'astro';
import { countryFeedResponse } from '../../../../lib/publish/endpoints.ts';
import { countryPaths } from '../../../../lib/routing/routes.ts';

export const getStaticPaths = countryPaths;
export const GET: APIRoute = ({ locals, site, props }) =>
  countryFeedResponse(
    locals.language.lang,
    site!,
    (props as { country: import('../../../../lib/content/vocabulary.ts').CountryCode }).country,
  );
