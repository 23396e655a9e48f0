// A tiny static server for the demo pages and the benchmark (no dependencies): serves the repository
// on localhost, text files gzip-compressed. Run directly (`npm start`), it prints the demo page's address as a plain line.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Starts serving `root` (default: the working folder) on 127.0.0.1. Nothing is cached, node_modules
 * is not served, and /favicon.ico answers 204 (a host page has its own; a 404 would only show up
 * as a console error in Lighthouse).
 * @param {{ root?: string, port?: number }} [options] port 0 picks a free one
 * @returns {Promise<{ server: import('node:http').Server, origin: string, close: () => Promise<void> }>}
 */
export function serve({ root = '.', port = 0 } = {}) {
  root = resolve(root);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path === '/favicon.ico') return response.writeHead(204, { 'cache-control': 'no-store' }).end();
    let file = join(root, path);
    if (!(file + sep).startsWith(root + sep) || path.includes('node_modules')) return response.writeHead(404).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    // Compressed when the browser asks, as a hospital's web server would send the script: Lighthouse
    // and the benchmark then see the bytes a patient downloads, not the raw file.
    const type = types[extname(file)];
    const gzip = Boolean(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      const close = () =>
        new Promise((/** @type {(value: void) => void} */ done) => {
          server.closeAllConnections();
          server.close(() => done());
        });
      resolvePromise({ server, origin: `http://127.0.0.1:${address.port}`, close });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.env.PORT || 8124);
  await serve({ port });
  console.log(`Demo: http://localhost:${port}/demo/index.html`);
}
