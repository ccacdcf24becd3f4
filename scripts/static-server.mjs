// A small static file server for the built site: what any static host does,
// with nothing to install. Used by `npm start` and by the browser tests.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { DEFAULT_LANG, langFromPath, notFoundPath } from '../src/i18n/languages.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ root: string, port?: number, host?: string, headers?: Record<string, string> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ root, port = 0, host = '127.0.0.1', headers = {} }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const send = (status, path, extra = {}) => {
      response.writeHead(status, {
        ...headers,
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        ...extra,
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(path).pipe(response);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      pathname = '/';
    }
    const target = normalize(join(base, pathname));
    if (target !== base && !target.startsWith(base + sep)) {
      response.writeHead(403, headers).end('Forbidden');
      return;
    }
    if (await fileAt(target)) return send(200, target);
    if (await fileAt(join(target, 'index.html'))) {
      if (!pathname.endsWith('/')) {
        const query = (request.url ?? '').includes('?') ? (request.url ?? '').slice((request.url ?? '').indexOf('?')) : '';
        response.writeHead(301, { ...headers, Location: `${encodeURI(pathname)}/${query}` }).end();
        return;
      }
      return send(200, join(target, 'index.html'));
    }
    // Each edition has its own "page not found" (as docs/nginx.conf and _redirects say too).
    const lang = langFromPath(pathname);
    if (lang !== DEFAULT_LANG) {
      const own = join(base, notFoundPath(lang), 'index.html');
      if (await fileAt(own)) return send(404, own);
    }
    const notFound = join(base, '404.html');
    if (await fileAt(notFound)) return send(404, notFound);
    response.writeHead(404, headers).end('Not found');
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
