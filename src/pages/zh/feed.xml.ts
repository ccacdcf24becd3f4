import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/endpoints';

export const GET: APIRoute = ({ site }) => feedResponse('zh', site!);
