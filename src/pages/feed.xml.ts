import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/publish/endpoints';

export const GET: APIRoute = ({ site }) => feedResponse('en', site!);
