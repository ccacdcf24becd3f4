// Serves the built site (dist/) on http://localhost:4321, search included.
import { existsSync } from 'node:fs';
import { startServer } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/. Run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ root: 'dist', port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Fake Injectables Watch is being served at ${url.replace('127.0.0.1', 'localhost')}/ (press Ctrl+C to stop)`);
