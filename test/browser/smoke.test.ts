/**
 * Real-browser smoke test in Debian Chromium: a reader opens the home page, follows a link to
 * an actor, and from the actor page follows a mention to the exact sentence in an article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { buildSeedsInto } from '../helpers/build-seeds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const { out } = await buildSeedsInto('newsweave-browser-');
  server = await serveStatic(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a reader in Chromium', () => {
  it('goes from the home page to an actor and on to the sentence that mentions it', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await expect(page.title()).resolves.not.toBe('');

    await page.locator('main a[href^="/actors/"][href$="/"]:not([href="/actors/"])').first().click();
    await page.waitForURL(/\/actors\/[^/]+\/$/);
    const actorName = (await page.locator('h1').first().textContent())?.trim() ?? '';
    expect(actorName).not.toBe('');

    await page.locator('main a[href*="/articles/"][href*="#s-"]').first().click();
    await page.waitForURL(/\/articles\/[^/]+\/#s-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const sentence = page.locator(`[id="${id}"]`);
    await expect(sentence.isVisible()).resolves.toBe(true);
    // The sentence is the :target and it mentions the actor we came from (by some alias).
    await expect(sentence.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    const text = (await sentence.textContent()) ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
