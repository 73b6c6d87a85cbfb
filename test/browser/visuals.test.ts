/**
 * The network graph and the map in Chromium: a node and a marker are real links a reader can
 * click (and reach with the keyboard), and nothing is fetched from outside the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { buildSeedsInto } from '../helpers/build-seeds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const { out } = await buildSeedsInto('newsweave-visuals-');
  server = await serveStatic(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('network and places in Chromium', () => {
  it('clicking a node of the network opens that actor', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url)) outside.push(r.url()); });
    await page.goto(`${server.url}/network/`);
    const node = page.locator('svg.nw-graph a.node').first();
    const name = (await node.locator('title').textContent())?.replace(/ \(.*$/, '') ?? '';
    await node.locator('circle').click();
    await page.waitForURL(/\/actors\/[^/]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain(name);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('clicking a marker on the places map opens that place', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/places/`);
    // The last marker is drawn on top (small markers after big ones), so nothing covers it.
    const marker = page.locator('svg.nw-map a.marker').last();
    const name = (await marker.locator('title').textContent())?.replace(/:.*$/, '') ?? '';
    await marker.locator('circle').click();
    await page.waitForURL(/\/actors\/[^/]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain(name);
    await expect(page.locator('.byline').first().textContent()).resolves.toMatch(/^Place/);
    await page.close();
  });

  it('graph nodes are reachable with the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/network/`);
    await page.locator('svg.nw-graph').scrollIntoViewIfNeeded();
    // Tab from the figure's start until focus lands on a node.
    await page.locator('main h1').click();
    let focused = '';
    for (let i = 0; i < 10 && !focused.includes('node'); i++) {
      await page.keyboard.press('Tab');
      focused = (await page.locator(':focus').getAttribute('class')) ?? '';
    }
    expect(focused).toContain('node');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/actors\/[^/]+\/$/);
    await page.close();
  });
});
