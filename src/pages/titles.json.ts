import type { APIRoute } from 'astro';
import { pageTitlesResponse } from '../lib/endpoints';

export const GET: APIRoute = () => pageTitlesResponse('en');
