/**
 * The dev server: serves the built site on 127.0.0.1 like a static host, adds the live-reload
 * script to HTML on the way out, and tells open pages to reload over Server-Sent Events. IO edge.
 */
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { injectReloadScript, RELOAD_ENDPOINT, sseEvent } from './live-reload.ts';
import { CONTENT_TYPES, resolveRequest } from './resolve-request.ts';

export interface DevServer {
  readonly url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export interface DevServerOptions {
  /** The built site folder (read on every request, so an atomic swap is picked up). */
  readonly root: string;
  readonly pathPrefix: string;
  readonly port: number;
  readonly host?: string;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const root = path.resolve(options.root);
  const clients = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (req.url === RELOAD_ENDPOINT) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(sseEvent('hello'));
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    void serveFile(root, options.pathPrefix, req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}${options.pathPrefix}`,
    reload() {
      for (const client of clients) client.write(sseEvent('reload'));
    },
    close() {
      // Event streams never end by themselves: end them so close() can finish.
      for (const client of clients) client.end();
      clients.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function serveFile(root: string, pathPrefix: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const resolved = resolveRequest(root, pathPrefix, req.url ?? '/');
  if (resolved.kind === 'redirect') {
    res.writeHead(301, { location: resolved.location }).end();
    return;
  }
  let file = resolved.kind === 'file' ? resolved.file : null;
  try {
    if (file && (await stat(file)).isDirectory()) {
      const pathname = new URL(req.url ?? '/', 'http://dev').pathname;
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
  } catch {
    file = null;
  }
  const status = file ? 200 : 404;
  const target = file ?? path.join(root, '404.html');
  let body: Buffer;
  try {
    body = await readFile(target);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found (is the site built?)');
    return;
  }
  const type = CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream';
  const out = type.startsWith('text/html') ? Buffer.from(injectReloadScript(body.toString('utf8'))) : body;
  res.writeHead(status, { 'content-type': type, 'content-length': out.length, 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : out);
}
