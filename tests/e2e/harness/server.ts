/**
 * A tiny static server for a built dist/ on 127.0.0.1 (a secure context, so service workers register), under the
 * site's base path. `swap()` points it at another build to play a redeploy; `stop()` cuts the network for real.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  // Pagefind's index, fragments, filters and wasm (.pf_*, .pagefind) are gzip payloads its JS decompresses itself.
  if (ext.startsWith('.pf_') || ext === '.pagefind') return 'application/octet-stream';
  return MIME[ext] ?? 'application/octet-stream';
}

export interface StaticSite {
  /** Origin plus base path, ending in `/`, e.g. `http://127.0.0.1:41234/atlas/`. */
  url: string;
  /** Serve another build from now on (a redeploy). */
  swap(root: string): void;
  /** Requests that reached the server, as path-and-query below the base (what did not come from a cache). */
  requests: string[];
  stop(): Promise<void>;
}

export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function resolveFile(root: string, rel: string): string | undefined {
  const target = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  if (existsSync(target) && statSync(target).isDirectory()) {
    const index = path.join(target, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(target) ? target : undefined;
}

export async function serveSite(root: string, base = process.env.E2E_BASE ?? process.env.SITE_BASE ?? '/'): Promise<StaticSite> {
  let current = path.resolve(root);
  const prefix = normalizeBase(base);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://x');
    const pathname = decodeURIComponent(requested.pathname);
    if (!pathname.startsWith(prefix)) {
      if (pathname === prefix.slice(0, -1)) {
        res.writeHead(301, { location: prefix }).end();
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under base path');
      return;
    }
    const rel = pathname.slice(prefix.length);
    requests.push(`${rel}${requested.search}`);
    // Directory URLs without a slash redirect like a static host does, so relative links keep working.
    if (rel && !rel.endsWith('/') && existsSync(path.join(current, rel)) && statSync(path.join(current, rel)).isDirectory()) {
      res.writeHead(301, { location: `${prefix}${rel}/` }).end();
      return;
    }
    const file = resolveFile(current, rel);
    if (!file) {
      const notFound = path.join(current, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    // no-cache: every test reload revalidates, so a swapped build is seen exactly when the page or SW asks for it.
    res.writeHead(200, { 'content-type': mimeTypeOf(file), 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    swap: (next) => {
      current = path.resolve(next);
    },
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const distDir = () => path.resolve(process.env.E2E_DIST ?? 'dist');
