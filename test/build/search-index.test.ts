/**
 * A real build of a small folder of articles, twice: Pagefind's index is written inside the atomic
 * output, is byte-identical across builds, and respects the path prefix; with a base URL the pages
 * get canonical links and the site a sitemap.
 */
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { resolveOptions } from '../../src/config.ts';

let dir: string;
const sites: string[] = [];

const ARTICLES: Record<string, string> = {
  'talks.md': '---\ntitle: Ceasefire talks resume in Cairo\ndate: 2024-02-02\nsource: Example Wire\n---\n\nNegotiators from Egypt met Jane Roe in Cairo on Thursday. Jane Roe said the talks would go on.\n',
  'strike.md': '---\ntitle: Workers strike at the harbour\ndate: 2024-03-05\n---\n\nThe Example Workers Union began a strike at the harbour in Lisbon. Its leader, Tom Diaz, said it would last a week.\n',
};

async function files(root: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(root, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const out = new Map<string, Buffer>();
  for (const d of names) {
    const full = path.join(d.parentPath, d.name);
    out.set(path.relative(root, full), await readFile(full));
  }
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsweave-search-index-'));
  const input = path.join(dir, 'in');
  await mkdir(input);
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(input, name), text);
  for (const run of ['a', 'b']) {
    const output = path.join(dir, run);
    await build(resolveOptions({ input, output, cacheDir: null, jobs: 0, quiet: true, baseUrl: 'https://example.org/news/' }));
    sites.push(output);
  }
});

describe('the search index in a build', () => {
  it('is written with the site; pages and fragments are byte-identical across builds', async () => {
    const [a, b] = await Promise.all(sites.map((s) => files(path.join(s, 'pagefind'))));
    expect([...a!.keys()]).toContain('pagefind.js');
    expect([...a!.keys()].some((f) => f.startsWith('fragment'))).toBe(true);
    // Pagefind 1.5 writes its filter files in a varying byte order (same content), which also
    // changes the hashed names of the files that point to them (the .pf_meta catalogue and
    // pagefind-entry.json): the one documented exception (README).
    const stable = (names: Iterable<string>): string[] => [...names].filter((n) => !n.startsWith('filter/') && !n.endsWith('.pf_meta') && n !== 'pagefind-entry.json').sort();
    expect(stable(a!.keys())).toEqual(stable(b!.keys()));
    for (const name of stable(a!.keys())) expect(a!.get(name)!.equals(b!.get(name)!), name).toBe(true);
    const [siteA, siteB] = await Promise.all(sites.map((s) => files(s)));
    const pagesOf = (m: Map<string, Buffer>): string[] => [...m.keys()].filter((n) => !n.startsWith(`pagefind${path.sep}`)).sort();
    expect(pagesOf(siteA!)).toEqual(pagesOf(siteB!));
    for (const name of pagesOf(siteA!)) expect(siteA!.get(name)!.equals(siteB!.get(name)!), name).toBe(true);
  });

  it('ships only what the search page uses', async () => {
    const names = await readdir(path.join(sites[0]!, 'pagefind'));
    expect(names.filter((n) => /ui|highlight|wasm\.unknown/.test(n))).toEqual([]);
  });

  it('is loaded from under the path prefix the base URL gives', async () => {
    const html = await readFile(path.join(sites[0]!, 'search', 'index.html'), 'utf8');
    expect(html).toContain('data-bundle="/news/pagefind/pagefind.js"');
    expect(html).toContain('src="/news/search.js"');
    expect(html).toContain('action="/news/search/"');
  });
});

describe('metadata with a base URL', () => {
  it('gives pages canonical and og:url links', async () => {
    const html = await readFile(path.join(sites[0]!, 'articles', 'ceasefire-talks-resume-in-cairo', 'index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://example.org/news/articles/ceasefire-talks-resume-in-cairo/">');
    expect(html).toContain('<meta property="og:url" content="https://example.org/news/articles/ceasefire-talks-resume-in-cairo/">');
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(JSON.parse(ld)).toMatchObject({ '@type': 'NewsArticle', headline: 'Ceasefire talks resume in Cairo', datePublished: '2024-02-02' });
  });

  it('writes a sitemap of the pages, without the search page or the 404 page', async () => {
    const xml = await readFile(path.join(sites[0]!, 'sitemap.xml'), 'utf8');
    expect(xml).toContain('<loc>https://example.org/news/</loc>');
    expect(xml).toContain('<loc>https://example.org/news/articles/workers-strike-at-the-harbour/</loc>');
    expect(xml).not.toContain('/search/');
    expect(xml).not.toContain('404');
  });

  it('writes both feeds with absolute links', async () => {
    const xml = await readFile(path.join(sites[0]!, 'feed', 'articles.xml'), 'utf8');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('href="https://example.org/news/articles/workers-strike-at-the-harbour/"');
    await expect(readFile(path.join(sites[0]!, 'feed', 'events.xml'), 'utf8')).resolves.toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });
});
