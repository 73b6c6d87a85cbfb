import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderSite } from '../../src/render/render-site.ts';
import { readableSize, utf8Bytes } from '../../src/site/exports/readable-size.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';
import { readCsv } from './exports/read-csv.ts';

const site = buildSiteData(fixtureCorpus, { pathPrefix: '/', siteTitle: 'Cairo talks' });
const page = site.dataPage;
const TABLES = ['articles', 'actors', 'mentions', 'events', 'quotes', 'figures', 'timeline'];

describe('the data page view model', () => {
  test('lives at /data/ and the Data nav item points to it', () => {
    expect(page.path).toBe('/data/');
    expect(site.nav.find((n) => n.key === 'data')?.href).toBe('/data/');
    expect(page.corpus).toMatchObject({ name: 'corpus.json', href: '/data/corpus.json', size: readableSize(utf8Bytes(site.data.json)) });
  });

  test('one CSV and one JSON file per table, under /data/', () => {
    expect(page.tables.map((t) => t.name)).toEqual(TABLES);
    expect(page.files.map((f) => f.path)).toEqual(TABLES.flatMap((name) => [`/data/${name}.csv`, `/data/${name}.json`]));
    for (const table of page.tables) expect(table.downloads.map((d) => d.href)).toEqual([`/data/${table.name}.csv`, `/data/${table.name}.json`]);
  });

  test.each(TABLES)('%s: row count and sizes are those of the files', (name) => {
    const table = page.tables.find((t) => t.name === name)!;
    const csv = page.files.find((f) => f.path === `/data/${name}.csv`)!.content;
    const json = page.files.find((f) => f.path === `/data/${name}.json`)!.content;
    const records = readCsv(csv);
    expect(records[0]).toEqual(table.columns.map((c) => c.key));
    expect(records.length - 1).toBe(table.rows);
    expect((JSON.parse(json) as unknown[]).length).toBe(table.rows);
    expect(table.downloads.map((d) => d.size)).toEqual([readableSize(utf8Bytes(csv)), readableSize(utf8Bytes(json))]);
  });

  test('hrefs carry the path prefix; written paths do not', () => {
    const prefixed = buildSiteData(fixtureCorpus, { pathPrefix: '/news/', siteTitle: 't' }).dataPage;
    expect(prefixed.href).toBe('/news/data/');
    expect(prefixed.corpus.href).toBe('/news/data/corpus.json');
    expect(prefixed.tables[0]?.downloads[0]?.href).toBe('/news/data/articles.csv');
    expect(prefixed.files[0]?.path).toBe('/data/articles.csv');
  });

  test('the same corpus gives the same files', () => {
    const again = buildSiteData(fixtureCorpus, { pathPrefix: '/', siteTitle: 'Cairo talks' }).dataPage;
    expect(again).toEqual(page);
  });
});

describe('the data files as rendered', () => {
  const dirs: string[] = [];
  const read = (dir: string, rel: string) => readFile(path.join(dir, rel));

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const dir = await mkdtemp(path.join(tmpdir(), 'newsweave-data-'));
      dirs.push(dir);
      await renderSite(site, dir, { quiet: true });
    }
  }, 60_000);

  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  test('each file is written exactly as built, and byte-identical across two renders', async () => {
    const files = [...page.files, { path: site.data.path, content: site.data.json }];
    for (const file of files) {
      const [first, second] = await Promise.all(dirs.map((dir) => read(dir, file.path)));
      expect(first?.toString('utf8'), file.path).toBe(file.content);
      expect(first?.equals(second!), file.path).toBe(true);
    }
    const [pageOnce, pageTwice] = await Promise.all(dirs.map((dir) => read(dir, 'data/index.html')));
    expect(pageOnce?.equals(pageTwice!)).toBe(true);
  });

  test('the page documents every file, column and row count, with no script', async () => {
    const html = (await read(dirs[0]!, 'data/index.html')).toString('utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('aria-current="page"');
    for (const table of page.tables) {
      expect(html).toContain(`id="table-${table.name}"`);
      for (const d of table.downloads) expect(html).toContain(`href="${d.href}"`);
      for (const c of table.columns) expect(html).toContain(`<code>${c.key}</code>`);
      expect(html).toMatch(new RegExp(`>${table.rows}</td>`));
    }
    expect(html).toContain('UTF-16');
    expect(html).toContain('npm run analyze');
  });
});
