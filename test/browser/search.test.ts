/**
 * Search in Chromium, on the seed site: a reader types an actor's name in the header, lands on
 * /search/, sees a result linking to that actor's page with the matching sentence, and narrows the
 * results by type. Without JavaScript the search page says that search needs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { buildSeedsInto } from '../helpers/build-seeds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const { out } = await buildSeedsInto('newsweave-search-');
  server = await serveStatic(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** In the page: there are results and all are of this type (a string, so it runs in the browser). */
const onlyResultsOf = `(type) => {
  const items = [...document.querySelectorAll('#search-results li')];
  return items.length > 0 && items.every((li) => li.classList.contains('search-result-' + type));
}`;

describe('search in Chromium', () => {
  it('finds an actor typed in the header search and filters the results by type', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/actors/`);
    const person = page.locator('#person a.m').first();
    const name = ((await person.textContent()) ?? '').trim();
    const href = (await person.getAttribute('href')) ?? '';
    expect(name).not.toBe('');

    await page.fill('#site-search-q', name);
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await expect(page.inputValue('#search-q')).resolves.toBe(name);
    const hit = page.locator(`#search-results li h2 a[href="${href}"]`);
    await hit.waitFor();
    // The result shows a matching passage with the query's words marked.
    const item = page.locator('#search-results li', { has: page.locator(`h2 a[href="${href}"]`) });
    await expect(item.locator('.context mark').count()).resolves.toBeGreaterThan(0);

    // Only people: every result is a person, the actor is still there, and the address says so.
    await page.check('#search-type-person');
    await page.waitForURL(/type=person/);
    await page.waitForFunction(onlyResultsOf, 'person');
    await hit.waitFor();
    // Only articles: the actor's page is no longer among the results.
    await page.uncheck('#search-type-person');
    await page.check('#search-type-article');
    await page.waitForFunction(onlyResultsOf, 'article');
    await expect(hit.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a shared search address with its filters, and links results to their sentence', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=strikes&type=article`);
    await page.locator('#search-results li').first().waitFor();
    await expect(page.isChecked('#search-type-article')).resolves.toBe(true);
    const sentenceLink = page.locator('#search-results li .context a').first();
    await expect(sentenceLink.getAttribute('href')).resolves.toMatch(/^\/articles\/[^/]+\/#s-\d+$/);
    await page.close();
  });

  it('says that search needs JavaScript when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#site-search-q', 'anything');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=anything/);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/needs JavaScript/);
    await context.close();
  });
});
