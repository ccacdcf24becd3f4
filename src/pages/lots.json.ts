import type { APIRoute } from 'astro';
import { lotLookupResponse } from '../lib/publish/endpoints';

export const GET: APIRoute = () => lotLookupResponse('en');
