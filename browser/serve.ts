/** A static file server on 127.0.0.1 for the exported site, as any static host serves it (browser tests, benchmarks). */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.ipynb': 'application/x-ipynb+json', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.ico': 'image/x-icon',
};

export interface StaticSite {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:41234/course/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `root` under the sub-path `prefix` (so relative URLs are tested off the host's root). */
export async function serveStatic(root: string, prefix = '/course/'): Promise<StaticSite> {
  const base = realpathSync(root);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.startsWith(prefix) ? join(base, path.slice(prefix.length)) : '';
    if (!file || !(file === base || file.startsWith(base + sep)) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
