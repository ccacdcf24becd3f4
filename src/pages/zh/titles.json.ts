import type { APIRoute } from 'astro';
import { pageTitlesResponse } from '../../lib/publish/endpoints';

export const GET: APIRoute = () => pageTitlesResponse('zh');
