/**
 * A reader in Chromium goes from the events index to an event page and on to the sentence of one
 * report. Rendered from the hand-made fixture corpus (two reports of one attack that disagree), so
 * the test does not depend on how the seed articles happen to cluster.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderSite } from '../../src/render/render-site.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsweave-events-'));
  await renderSite(buildSiteData(fixtureCorpus, { pathPrefix: '/', siteTitle: 'Events' }), dir, { quiet: true });
  server = await serveStatic(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** Where each report card is laid out. */
async function reportBoxes(page: Page): Promise<{ x: number; y: number; width: number; height: number }[]> {
  const cards = await page.locator('.report').all();
  return Promise.all(cards.map(async (card) => (await card.boundingBox())!));
}

describe('events in Chromium', () => {
  it('goes from /events/ to an event, then to the sentence of one report', async () => {
    const { page, errors } = await open(`${server.url}/events/`);
    // The disputed event carries its flag in words, not only an icon.
    const disputed = page.locator('.event-item', { hasText: 'Rocket attack on a checkpoint' });
    await expect(disputed.locator('.disagree').textContent()).resolves.toContain('Sources disagree on counts, dates');

    await disputed.getByRole('link', { name: 'Rocket attack on a checkpoint' }).click();
    await page.waitForURL(/\/events\/rocket-attack-on-a-checkpoint\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Rocket attack on a checkpoint');
    // Two reports side by side on a desktop screen: same top, different left.
    const boxes = await reportBoxes(page);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.y).toBe(boxes[1]!.y);
    expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width - 1);
    await expect(page.getByRole('heading', { name: /Where the sources disagree/ }).isVisible()).resolves.toBe(true);

    // The second report's sentence link lands on that sentence in its article.
    await page.locator('.report').nth(1).locator('.report-sentence a').click();
    await page.waitForURL(/\/articles\/talks-stall-script\/#s-4$/);
    const sentence = page.locator('[id="s-4"]');
    await expect(sentence.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await expect(sentence.textContent()).resolves.toContain('rockets hit the checkpoint');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stacks the reports on a phone without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${server.url}/events/rocket-attack-on-a-checkpoint/`);
    const boxes = await reportBoxes(page);
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);
    const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('links the article sidebar to the event page, and the timeline to both', async () => {
    const { page, errors } = await open(`${server.url}/articles/ceasefire-talks-resume-in-cairo/`);
    await expect(page.locator('.article-events .tag.modality').allTextContents()).resolves.toEqual(['future']);
    await page.locator('.article-events a.event-link', { hasText: 'Rocket attack on a checkpoint' }).click();
    await page.waitForURL(/\/events\/rocket-attack-on-a-checkpoint\/$/);

    await page.goto(`${server.url}/timeline/`);
    const item = page.locator('li.event-entry', { hasText: 'Rocket attack on a checkpoint' });
    await expect(item.locator('time').first().getAttribute('datetime')).resolves.toBe('2024-01-27');
    await expect(item.locator('.context a').count()).resolves.toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
