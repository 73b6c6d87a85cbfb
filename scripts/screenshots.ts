/**
 * `npm run screenshots [-- PATH…]`: serves the built site (_site/) on 127.0.0.1 and writes a
 * PNG of each page at desktop (1280 px) and mobile (360 px) width into screenshots/, so a person
 * can look at every page type. Without arguments: one page of every type.
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/static-server.ts';

const site = path.resolve(process.env.SITE_DIR ?? '_site');
const outDir = path.resolve('screenshots');
const first = async (dir: string): Promise<string> =>
  (await readdir(path.join(site, dir))).filter((d) => !d.includes('.') && d !== 'duplicates').sort()[0] ?? '';

const targets = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      `/articles/${await first('articles')}/`,
      '/actors/',
      `/actors/${await first('actors')}/`,
      '/actors/duplicates/',
      '/events/',
      `/events/${await first('events')}/`,
      '/timeline/',
      '/network/',
      '/places/',
      '/search/',
      '/data/',
      '/about/',
    ];

await mkdir(outDir, { recursive: true });
const server = await serveStatic(site);
const browser = await launchChromium();
for (const target of targets) {
  for (const [label, width] of [['desktop', 1280], ['mobile', 360]] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(server.url + target);
    const name = `${target.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${label}.png`;
    await page.screenshot({ path: path.join(outDir, name), fullPage: process.env.FULL_PAGE === '1' });
    await page.close();
    console.log(path.join('screenshots', name));
  }
}
await browser.close();
await server.close();
