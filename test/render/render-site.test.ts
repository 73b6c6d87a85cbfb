import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderSite } from '../../src/render/render-site.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

const site = buildSiteData(fixtureCorpus, { pathPrefix: '/', siteTitle: 'Cairo talks' });
let outDir = '';
let pages = 0;
let files: Map<string, string>;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'newsweave-site-'));
  ({ pages } = await renderSite(site, outDir, { quiet: true }));
  files = await readTree(outDir);
});

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Every file under `dir`, keyed by its site path ("/actors/index.html"). */
async function readTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const map = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    map.set('/' + path.relative(dir, full).split(path.sep).join('/'), await readFile(full, 'utf8'));
  }
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const decode = (value: string): string =>
  value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'");

/** The file a root-relative URL path is served from. */
function fileFor(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
}

/** The page without its JSON-LD blocks; one with a "<" inside is kept, so it still fails a check for markup. */
function withoutJsonLd(html: string): string {
  return html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '');
}

describe('renderSite', () => {
  test('writes every page', () => {
    const expected = [
      '/index.html',
      '/404.html',
      '/about/index.html',
      '/actors/index.html',
      '/actors/duplicates/index.html',
      '/timeline/index.html',
      '/data/corpus.json',
      '/data/index.html',
      ...site.dataPage.files.map((f) => f.path),
      '/style.css',
      ...site.articles.map((a) => fileFor(a.path)),
      ...site.actors.map((a) => fileFor(a.path)),
      fileFor(site.eventIndex.path),
      fileFor(site.search.path),
      site.feeds.articles.path,
      site.feeds.events.path,
      ...site.events.map((e) => fileFor(e.path)),
      fileFor(site.network.path),
      fileFor(site.places.path),
    ];
    for (const file of expected) expect(files.has(file), file).toBe(true);
    expect(pages).toBe(expected.length - 1); // the stylesheet is copied, not rendered
  });

  test('every internal link resolves to a written file, and every #s-N fragment to an id', () => {
    const checked: string[] = [];
    for (const [file, html] of files) {
      if (!file.endsWith('.html')) continue;
      const pageUrl = new URL(file.replace(/index\.html$/, ''), 'http://site.test');
      for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const target = new URL(decode(raw!), pageUrl);
        if (target.origin !== 'http://site.test') continue;
        const targetFile = fileFor(decodeURIComponent(target.pathname));
        expect(files.has(targetFile), `${file} → ${raw}`).toBe(true);
        if (target.hash) {
          const id = decodeURIComponent(target.hash.slice(1));
          expect(files.get(targetFile), `${file} → ${raw}`).toContain(`id="${id}"`);
        }
        checked.push(raw!);
      }
    }
    expect(checked.some((href) => /#s-\d+$/.test(href))).toBe(true);
    expect(checked.length).toBeGreaterThan(50);
  });

  test('ids are unique on every page', () => {
    for (const [file, html] of files) {
      const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });

  test('article text cannot inject markup', () => {
    const page = files.get(fileFor(site.articles[1]!.path))!;
    expect(withoutJsonLd(page)).not.toMatch(/<script|<img|<svg/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;'); // the title, escaped by Nunjucks
    expect(page).toContain('&#x3C;script>alert(1)&#x3C;/script>'); // the body, escaped by hast
    // The only scripts are the site's own: the timeline filter (public/timeline.js), the search page's
    // (public/search.js), and JSON-LD data blocks, whose JSON has no "<" at all.
    const ownScripts = [`<script src="${site.timeline.scriptHref}" defer></script>`, `<script type="module" src="${site.search.scriptHref}"></script>`];
    for (const [file, html] of files) {
      if (!file.endsWith('.html')) continue;
      const rest = ownScripts.reduce((h, own) => h.replaceAll(own, ''), withoutJsonLd(html))
        .replace(/<script type="application\/json" id="search-labels">[^<]*<\/script>/, '');
      expect(rest, file).not.toMatch(/<script/i);
    }
  });

  test('pages are complete documents with the shared frame', () => {
    const page = files.get('/articles/ceasefire-talks-resume-in-cairo/index.html')!;
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain('<meta name="viewport"');
    expect(page).toContain('<link rel="stylesheet" href="/style.css">');
    expect(page).toContain('<a class="skip-link" href="#main">');
    expect(page).toContain('<time datetime="2024-02-02">2 February 2024</time>');
    expect(page).toContain('<details>\n<summary>Left out of the body (1)</summary>');
    expect(files.get('/timeline/index.html')).toContain('<h2 id="undated">Undated and vague references</h2>');
  });

  test('the data export is the corpus as valid JSON', () => {
    expect(JSON.parse(files.get('/data/corpus.json')!)).toEqual(JSON.parse(site.data.json));
  });

  test('a rebuild gives byte-identical output', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'newsweave-site-'));
    try {
      await renderSite(buildSiteData(fixtureCorpus, { pathPrefix: '/', siteTitle: 'Cairo talks' }), again, { quiet: true });
      const second = await readTree(again);
      expect([...second.keys()]).toEqual([...files.keys()]);
      for (const [file, content] of files) expect(second.get(file), file).toBe(content);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  test('an empty corpus still renders a home page', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsweave-empty-'));
    try {
      const empty = { ...fixtureCorpus, articles: [], analyses: [], mentionEntities: [], entities: [], timeline: [], undated: [], diagnostics: [] };
      await renderSite(buildSiteData(empty, { pathPrefix: '/', siteTitle: 'Empty' }), dir, { quiet: true });
      const tree = await readTree(dir);
      expect(tree.get('/index.html')).toContain('There are no articles in this site yet.');
      expect(tree.get('/timeline/index.html')).toContain('No dates were found in these articles.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('works from another working directory', async () => {
    const cwd = process.cwd();
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'newsweave-cwd-'));
    try {
      process.chdir(elsewhere);
      await renderSite(site, 'out', { quiet: true });
      expect(existsSync(path.join(elsewhere, 'out', 'index.html'))).toBe(true);
      expect(existsSync(path.join(elsewhere, 'out', 'style.css'))).toBe(true);
    } finally {
      process.chdir(cwd);
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
