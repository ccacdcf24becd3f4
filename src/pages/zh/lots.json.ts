import type { APIRoute } from 'astro';
import { lotLookupResponse } from '../../lib/endpoints';

export const GET: APIRoute = () => lotLookupResponse('zh');
