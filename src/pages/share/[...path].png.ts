import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards, shareImageResponse } from '../../lib/publish/endpoints';
import type { ShareCard } from '../../lib/publish/share-image';

/** /share/cases/<id>.png and /share/products/<id>.png */
export const getStaticPaths: GetStaticPaths = () => shareCards('en');
export const GET: APIRoute = ({ props }) => shareImageResponse((props as { card: ShareCard }).card);
