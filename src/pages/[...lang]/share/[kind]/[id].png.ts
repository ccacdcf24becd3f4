import type { APIRoute } from 'astro';
import { shareCardPaths, shareImageResponse } from '../../../../lib/publish/endpoints.ts';
import type { ShareCard } from '../../../../lib/publish/share-image.ts';

/** /share/cases/<id>.png and /share/products/<id>.png, with the words of each language. */
export const getStaticPaths = shareCardPaths;
export const GET: APIRoute = ({ props }) => shareImageResponse((props as { card: ShareCard }).card);
