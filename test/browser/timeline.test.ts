/**
 * The timeline's filters in Chromium, on the seed site: by actor, by month, shared through the URL,
 * without a server (file://), and a complete page without JavaScript. Items are events
 * (li.event-entry) and other date references (li.ref-entry); the filters apply to both.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { buildSeedsInto } from '../helpers/build-seeds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let out: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ out } = await buildSeedsInto('newsweave-timeline-'));
  server = await serveStatic(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Shown {
  readonly event: boolean;
  readonly actors: string[];
  readonly month: string | null;
  readonly year: string | null;
}

/** The items a reader can see: not hidden themselves, nor in a hidden section or fold. */
function shownItems(page: Page): Promise<Shown[]> {
  return page.locator('li.entry').evaluateAll((items) =>
    items
      .filter((li) => !li.closest('[hidden]'))
      .map((li) => ({
        event: li.classList.contains('event-entry'),
        actors: (li.getAttribute('data-actors') ?? '').split(' ').filter(Boolean),
        month: li.getAttribute('data-month'),
        year: li.getAttribute('data-year'),
      })),
  );
}

const dated = (items: Shown[]): Shown[] => items.filter((i) => i.month !== null);
const undated = (items: Shown[]): Shown[] => items.filter((i) => i.month === null);
/** What the count line says for these items: "Showing 3 of 5 events, …". */
const countLine = (shown: Shown[], all: Shown[]): string => {
  const n = (items: Shown[], event: boolean): number => dated(items).filter((i) => i.event === event).length;
  return `Showing ${n(shown, true)} of ${n(all, true)} event`;
};

async function openTimeline(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('#timeline-filters').waitFor({ state: 'visible' });
  return { page, errors };
}

/** The first real option of a select whose value passes `accept`. */
async function firstOption(page: Page, label: string, accept: (value: string) => boolean): Promise<string> {
  const values = await page.getByLabel(label, { exact: true }).locator('option').evaluateAll((options) => options.map((o) => o.getAttribute('value') ?? ''));
  const value = values.find((v) => v !== '' && accept(v));
  if (!value) throw new Error(`no ${label} option`);
  return value;
}

describe('timeline filters in Chromium', () => {
  it('filters by actor, then by month, and keeps the choice in the URL across a reload', async () => {
    const { page, errors } = await openTimeline(`${server.url}/timeline/`);
    const all = await shownItems(page);
    const datedTotal = dated(all).length;
    const undatedTotal = undated(all).length;
    expect(datedTotal).toBeGreaterThan(0);
    await expect(page.locator('#filter-count').textContent()).resolves.toContain(countLine(all, all));

    // By actor: the most frequent one (first option) narrows the list; every item left names it.
    const actor = await firstOption(page, 'Actor', () => true);
    await page.getByLabel('Actor', { exact: true }).selectOption(actor);
    const byActor = await shownItems(page);
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.length).toBeLessThan(all.length);
    for (const item of byActor) expect(item.actors).toContain(actor);
    await expect(page.locator('#filter-count').textContent()).resolves.toContain(countLine(byActor, all));
    expect(new URL(page.url()).searchParams.get('actor')).toBe(actor);

    // Clear, then by month: only that month's dated items remain; undated items are not touched.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await shownItems(page)).toHaveLength(all.length);
    expect(new URL(page.url()).search).toBe('');
    const month = await firstOption(page, 'Month', (v) => /^\d{4}-\d{2}$/.test(v));
    await page.getByLabel('Month', { exact: true }).selectOption(month);
    const byMonth = await shownItems(page);
    expect(dated(byMonth).length).toBeGreaterThan(0);
    expect(dated(byMonth).length).toBeLessThan(datedTotal);
    for (const item of dated(byMonth)) expect(item.month).toBe(month);
    expect(undated(byMonth)).toHaveLength(undatedTotal);
    // Headings of months with nothing left are hidden, as are their links in the month list.
    const visibleHeadings = await page.locator('.timeline-group:not([hidden]) h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(visibleHeadings.sort()).toEqual([`m-${month}`, 'undated'].sort());
    await expect(page.locator(`.jump a[href="#m-${month}"]`).isVisible()).resolves.toBe(true);

    // Both together, shared by URL: a reload restores the selects and the same items.
    await page.getByLabel('Actor', { exact: true }).selectOption(actor);
    const both = await shownItems(page);
    const query = new URL(page.url()).searchParams;
    expect([query.get('actor'), query.get('month')]).toEqual([actor, month]);
    await page.reload();
    await page.locator('#timeline-filters').waitFor({ state: 'visible' });
    await expect(page.getByLabel('Actor', { exact: true }).inputValue()).resolves.toBe(actor);
    await expect(page.getByLabel('Month', { exact: true }).inputValue()).resolves.toBe(month);
    expect(await shownItems(page)).toEqual(both);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores an unknown actor or month in the URL and shows everything', async () => {
    const { page, errors } = await openTimeline(`${server.url}/timeline/?actor=nobody-at-all&month=1999-13`);
    await expect(page.getByLabel('Actor', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Month', { exact: true }).inputValue()).resolves.toBe('');
    const items = await shownItems(page);
    expect(items.length).toBe(await page.locator('li.entry').count());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is usable from the keyboard: the actor select takes focus and filters on arrow keys', async () => {
    const { page } = await openTimeline(`${server.url}/timeline/`);
    await page.getByLabel('Actor', { exact: true }).focus();
    await expect(page.getByLabel('Actor', { exact: true }).evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    const actor = await page.getByLabel('Actor', { exact: true }).inputValue();
    expect(actor).not.toBe('');
    for (const item of await shownItems(page)) expect(item.actors).toContain(actor);
    await expect(page.locator('#filter-count').getAttribute('aria-live')).resolves.toBe('polite');
    await page.close();
  });

  it('works from file:// without a server', async () => {
    const url = pathToFileURL(path.join(out, 'timeline', 'index.html')).href;
    const { page, errors } = await openTimeline(url);
    const all = (await shownItems(page)).length;
    const actor = await firstOption(page, 'Actor', () => true);
    await page.getByLabel('Actor', { exact: true }).selectOption(actor);
    const items = await shownItems(page);
    expect(items.length).toBeLessThan(all);
    for (const item of items) expect(item.actors).toContain(actor);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript, hides the filter bar, lists every event and folds the other references', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/timeline/`);
    await expect(page.locator('#timeline-filters').isVisible()).resolves.toBe(false);
    await expect(page.locator('nav.jump').isVisible()).resolves.toBe(true);
    const items = await page.locator('li.entry').count();
    expect(items).toBeGreaterThan(0);
    // Events are listed open; other date references are folded, and every one of them is in a fold.
    const events = await page.locator('li.event-entry').count();
    expect(await page.locator('li.event-entry:visible').count()).toBe(events);
    expect(await page.locator('details.timeline-refs li.ref-entry').count()).toBe(items - events);
    await context.close();
  });

  it('zooms the visual: each button shows one SVG whose axis has that granularity, and the URL keeps it', async () => {
    const { page, errors } = await openTimeline(`${server.url}/timeline/`);
    const shownZoom = (): Promise<string[]> =>
      page.locator('svg.nw-timeline').evaluateAll((svgs) => svgs.filter((s) => !s.closest('[hidden]')).map((s) => s.getAttribute('data-zoom') ?? ''));
    const initial = await page.locator('.tl-views').getAttribute('data-initial');
    expect(await shownZoom()).toEqual([initial]);
    await expect(page.locator('.tl-zoom-links').isVisible()).resolves.toBe(false);
    for (const [label, zoom, tick] of [['Day', 'day', /^\d{1,2}$/], ['Month', 'month', /^[A-Z][a-z]{2}$/], ['Year', 'year', /^\d{4}$/]] as const) {
      await page.getByRole('button', { name: label, exact: true }).click();
      expect(await shownZoom()).toEqual([zoom]);
      await expect(page.getByRole('button', { name: label, exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
      const labels = await page.locator(`#tl-${zoom} .tl-axis > text:not(.tl-sub)`).allTextContents();
      expect(labels.length).toBeGreaterThan(0);
      for (const text of labels) expect(text).toMatch(tick);
      expect(new URL(page.url()).searchParams.get('zoom')).toBe(zoom === initial ? null : zoom);
    }
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await page.reload();
    await page.locator('#timeline-filters').waitFor({ state: 'visible' });
    expect(await shownZoom()).toEqual(['day']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by event type in the list and on the SVG marks alike', async () => {
    const { page, errors } = await openTimeline(`${server.url}/timeline/`);
    const type = await firstOption(page, 'Event type', () => true);
    await page.getByLabel('Event type', { exact: true }).selectOption(type);
    const listTypes = await page.locator('li.entry').evaluateAll((items) =>
      items.filter((li) => !li.closest('[hidden]')).map((li) => li.getAttribute('data-type')));
    expect(listTypes.length).toBeGreaterThan(0);
    for (const t of listTypes) expect(t).toBe(type);
    // Marks of every zoom: those of another type (and reference ticks) are hidden, the rest not.
    const marks = await page.locator('.nw-timeline a.tl-mark, .nw-timeline a.tl-ref').evaluateAll((as) =>
      as.map((a) => ({ type: a.getAttribute('data-type'), shown: (a as unknown as { checkVisibility(): boolean }).checkVisibility() })));
    expect(marks.some((m) => m.type === type)).toBe(true);
    expect(marks.some((m) => m.type !== type)).toBe(true);
    // checkVisibility is false for a hidden zoom too: compare marks of the shown zoom only.
    const shown = marks.filter((m) => m.shown);
    expect(shown.length).toBeGreaterThan(0);
    for (const m of shown) expect(m.type).toBe(type);
    const ofType = await page.locator(`.nw-timeline a.tl-mark[data-type="${type}"]`).count();
    expect(await page.locator('.nw-timeline a.tl-off').count()).toBe(marks.length - ofType);
    expect(new URL(page.url()).searchParams.get('type')).toBe(type);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript, shows the initial zoom and reaches the others by link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/timeline/`);
    const visible = (): Promise<string[]> =>
      page.locator('svg.nw-timeline').evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().height > 0).map((s) => s.getAttribute('data-zoom') ?? ''));
    const initial = await page.locator('.tl-views').getAttribute('data-initial');
    expect(await visible()).toEqual([initial]);
    const other = initial === 'day' ? 'year' : 'day';
    await page.locator('.tl-zoom-links').getByRole('link', { name: other === 'day' ? 'Day' : 'Year', exact: true }).click();
    expect(await visible()).toEqual([other]);
    await context.close();
  });
});
