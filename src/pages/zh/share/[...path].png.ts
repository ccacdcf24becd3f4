import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards, shareImageResponse } from '../../../lib/publish/endpoints';
import type { ShareCard } from '../../../lib/publish/share-image';

/** /zh/share/cases/<id>.png and /zh/share/products/<id>.png, in Chinese. */
export const getStaticPaths: GetStaticPaths = () => shareCards('zh');
export const GET: APIRoute = ({ props }) => shareImageResponse((props as { card: ShareCard }).card);
