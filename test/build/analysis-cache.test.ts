import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../src/build/analysis-cache.ts';
import { articleFromText } from '../../src/ingest/article-from-text.ts';
import type { Analysis } from '../../src/model.ts';

const article = articleFromText('a', 'Rain fell in Lisbon on Monday.', '2023-05-02');
const analysis: Analysis = { articleId: article.id, analyzerVersion: 'v1', sentences: [], mentions: [], times: [], events: [], quotes: [], figures: [], diagnostics: [] };

describe('AnalysisCache', () => {
  it('keys change with the text, the metadata, the id and the analyzer version', () => {
    const base = AnalysisCache.key(article, 'v1');
    expect(AnalysisCache.key(article, 'v1')).toBe(base);
    expect(AnalysisCache.key(article, 'v2')).not.toBe(base);
    expect(AnalysisCache.key(articleFromText('a', 'Rain fell in Porto on Monday.', '2023-05-02'), 'v1')).not.toBe(base);
    expect(AnalysisCache.key(articleFromText('a', article.text, '2023-05-03'), 'v1')).not.toBe(base);
    expect(AnalysisCache.key(articleFromText('b', article.text, '2023-05-02'), 'v1')).not.toBe(base);
  });

  it('returns what was stored, and treats a corrupt entry as a miss', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsweave-cache-'));
    const cache = new AnalysisCache(dir);
    const key = AnalysisCache.key(article, 'v1');
    expect(await cache.get(key)).toBeNull();
    await cache.set(key, analysis);
    expect(await cache.get(key)).toEqual(analysis);
    await writeFile(path.join(dir, `${key}.json`), '{"truncated');
    expect(await cache.get(key)).toBeNull();
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('does nothing when turned off', async () => {
    const cache = new AnalysisCache(null);
    await cache.set('k', analysis);
    expect(await cache.get('k')).toBeNull();
  });
});
