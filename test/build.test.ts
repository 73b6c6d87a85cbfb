/**
 * The build as a whole on a small folder of invented articles: bad input is reported and
 * skipped, the cache makes a rebuild skip analysis, output is byte-identical and replaced
 * atomically.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, formatDiagnostic, type BuildReport } from '../src/build.ts';
import { resolveOptions } from '../src/config.ts';

const ARTICLES: Record<string, string | Uint8Array> = {
  'harbour.txt': [
    'Harbour cranes stand idle as dock strike enters second week',
    '',
    'March 3, 2023',
    '',
    'By Alma Petrovic',
    '',
    'Dock workers in Rotterdam walked out on Monday after talks with the Port Authority collapsed.',
    '',
    'Union leader Jan de Vries said the strike would continue until wages rose. <script>alert(1)</script>',
  ].join('\n'),
  'notes/summit.md': [
    '---',
    'title: Leaders meet in Nairobi',
    'date: 2023-03-05',
    'source: Example Wire',
    '---',
    '# Leaders meet in Nairobi',
    '',
    'President William Ruto hosted the summit in Nairobi on Sunday. <script>alert(1)</script>',
  ].join('\n'),
  'empty.txt': '',
  'binary.txt': new Uint8Array([0, 1, 2, 0, 255, 254, 0, 0]),
  'broken.md': ['---', 'title: [unclosed', 'date: : :', '---', 'Body text of a broken file.'].join('\n'),
};

let root = '';
let first: BuildReport;

/**
 * Hash of every output file, except Pagefind's filter files and the two that name them by hash:
 * Pagefind 1.5 writes those in a varying byte order (the documented exception, see README).
 */
async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const varying = /^pagefind[\\/](filter[\\/]|pagefind-entry\.json$|.*\.pf_meta$)/;
  for (const file of (await readdir(dir, { recursive: true })).filter((f) => !varying.test(f)).sort()) {
    const body = await readFile(path.join(dir, file)).catch(() => null);
    if (body) hash.update(file).update(body);
  }
  return hash.digest('hex');
}

function options(extra: Record<string, unknown> = {}): ReturnType<typeof resolveOptions> {
  return resolveOptions({ input: path.join(root, 'in'), output: path.join(root, 'out'), cacheDir: path.join(root, 'cache'), jobs: 2, quiet: true, ...extra });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsweave-build-'));
  for (const [file, body] of Object.entries(ARTICLES)) {
    await mkdir(path.dirname(path.join(root, 'in', file)), { recursive: true });
    await writeFile(path.join(root, 'in', file), body);
  }
  first = await build(options());
});

describe('build', () => {
  it('builds the good articles and reports each bad file by name', () => {
    const files = first.corpus.articles.map((a) => a.file);
    expect(files).toContain('harbour.txt');
    expect(files).toContain('notes/summit.md');
    const reported = first.corpus.diagnostics.map(formatDiagnostic).join('\n');
    expect(reported).toMatch(/^empty\.txt\b.*error/m);
    expect(reported).toMatch(/^binary\.txt\b.*error/m);
    expect(reported).toMatch(/^broken\.md:\d+/m);
  });

  it('shows markup in plain text as text, and drops raw HTML from Markdown', async () => {
    const page = async (file: string): Promise<string> => {
      const slug = first.corpus.articles.find((a) => a.file === file)?.slug;
      return readFile(path.join(root, 'out', 'articles', String(slug), 'index.html'), 'utf8');
    };
    const text = await page('harbour.txt');
    expect(text).not.toContain('<script>alert(1)</script>');
    expect(text).toMatch(/(&lt;|&#x3C;|&#60;)script(&gt;|>)alert\(1\)/);
    const markdown = await page('notes/summit.md');
    // Its only script is the JSON-LD block, whose JSON cannot hold a "<".
    expect(markdown.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '')).not.toMatch(/<script/i);
    expect(markdown).toContain('hosted the summit');
  });

  it('skips the analysis on a rebuild with nothing changed, and writes identical bytes', async () => {
    const before = await hashTree(path.join(root, 'out'));
    const again = await build(options());
    expect(again.analysed).toBe(0);
    expect(again.cached).toBe(first.corpus.articles.length);
    expect(await hashTree(path.join(root, 'out'))).toBe(before);
  });

  it('leaves the previous output intact when a build fails', async () => {
    const before = await hashTree(path.join(root, 'out'));
    await expect(build(options({ strict: true }))).rejects.toThrow(/strict/);
    expect(await hashTree(path.join(root, 'out'))).toBe(before);
  });
});
