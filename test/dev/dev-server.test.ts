/** The dev server on a real socket: files as a static host serves them, the reload script, the event stream. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../src/dev/dev-server.ts';
import { RELOAD_ENDPOINT, RELOAD_SCRIPT } from '../../src/dev/live-reload.ts';

let server: DevServer;
let origin: string;

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'newsweave-dev-'));
  await mkdir(path.join(root, 'actors', 'jane'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!DOCTYPE html><html><body><p>home</p></body></html>');
  await writeFile(path.join(root, 'actors', 'jane', 'index.html'), '<html><body>Jane</body></html>');
  await writeFile(path.join(root, '404.html'), '<html><body>missing</body></html>');
  await writeFile(path.join(root, 'style.css'), 'body{}</body>');
  server = await startDevServer({ root, pathPrefix: '/news/', port: 0 });
  origin = new URL(server.url).origin;
});

afterAll(async () => {
  await server?.close();
});

interface Reply {
  readonly status: number;
  readonly type: string;
  readonly location: string;
  readonly body: string;
}

function get(pathname: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http.get(`${origin}${pathname}`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), location: String(res.headers.location), body }));
    }).on('error', reject);
  });
}

describe('dev server', () => {
  it('serves under the path prefix on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
  });

  it.each([
    ['/news/', 200, '<p>home</p>'],
    ['/news/actors/jane/', 200, 'Jane'],
    ['/news/nothing/', 404, 'missing'],
    ['/elsewhere/', 404, 'missing'],
  ])('GET %s → %d with the reload script', async (pathname, status, text) => {
    const reply = await get(pathname);
    expect(reply.status).toBe(status);
    expect(reply.type).toMatch(/^text\/html/);
    expect(reply.body).toContain(text);
    expect(reply.body).toContain(`${RELOAD_SCRIPT}</body>`);
  });

  it('leaves other files alone', async () => {
    const reply = await get('/news/style.css');
    expect(reply).toMatchObject({ status: 200, body: 'body{}</body>' });
    expect(reply.type).toMatch(/^text\/css/);
  });

  it('redirects a folder without its slash', async () => {
    await expect(get('/news/actors/jane')).resolves.toMatchObject({ status: 301, location: '/news/actors/jane/' });
    await expect(get('/news')).resolves.toMatchObject({ status: 301, location: '/news/' });
  });

  it('tells a listening page to reload', async () => {
    const events = await new Promise<string>((resolve, reject) => {
      http.get(`${origin}${RELOAD_ENDPOINT}`, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('event: hello')) server.reload();
          if (text.includes('event: reload')) {
            res.destroy();
            resolve(text);
          }
        });
      }).on('error', reject);
    });
    expect(events).toBe('event: hello\ndata: \n\nevent: reload\ndata: \n\n');
  });
});
