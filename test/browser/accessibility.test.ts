/**
 * axe-core in Debian Chromium on every page type, in the light and the dark theme: no serious
 * or critical violations. (The HTML itself is validated in test/e2e/build-seeds.test.ts.)
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { buildSeedsInto } from '../helpers/build-seeds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { html: string }[];
}

let server: StaticServer;
let browser: Browser;
let axeSource = '';
const pages: string[] = [];

async function firstPageIn(out: string, dir: string): Promise<string> {
  const entries = (await readdir(path.join(out, dir), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const first = entries.find((name) => name !== 'duplicates');
  if (!first) throw new Error(`no page under /${dir}/`);
  return `/${dir}/${first}/`;
}

beforeAll(async () => {
  const { out } = await buildSeedsInto('newsweave-a11y-');
  server = await serveStatic(out);
  browser = await launchChromium();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  pages.push(
    '/',
    await firstPageIn(out, 'articles'),
    '/actors/',
    await firstPageIn(out, 'actors'),
    '/actors/duplicates/',
    '/events/',
    await firstPageIn(out, 'events'),
    '/timeline/',
    '/network/',
    '/places/',
    '/search/',
    '/data/',
    '/about/',
    '/404.html',
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations on any page type (${scheme})`, async () => {
      const problems: string[] = [];
      for (const url of pages) {
        const page = await browser.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(server.url + url);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const { axe, document } = globalThis as unknown as {
            axe: { run: (context: unknown) => Promise<{ violations: AxeViolation[] }> };
            document: unknown;
          };
          return (await axe.run(document)).violations;
        });
        for (const v of violations) {
          if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${url} ${v.id} (${v.impact}): ${v.nodes[0]?.html.slice(0, 120)}`);
        }
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
