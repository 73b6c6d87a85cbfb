/**
 * `npm run bench`: prints analysis speed and memory, and cold vs cached build time for the
 * seed site. Figures only; nothing here asserts a time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { analyzeArticle } from '../src/analyze/analyze-article.ts';
import { parseText } from '../src/analyze/nlp.ts';
import { analyzeAll } from '../src/build/analyze-pool.ts';
import { build } from '../src/build.ts';
import { PROJECT_ROOT, resolveOptions } from '../src/config.ts';
import { parseArticle } from '../src/ingest/parse-article.ts';
import { readSeeds } from '../src/ingest/read-seeds.ts';
import type { Article } from '../src/model.ts';

const ROUNDS = 3;
const seedDir = path.join(PROJECT_ROOT, 'seeds');
const articles = (await readSeeds(seedDir)).map((s) => parseArticle(s).article).filter((a): a is Article => a !== null);
const kb = (a: Article): number => a.text.length / 1024;
const totalKb = articles.reduce((n, a) => n + kb(a), 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

// Warm up compromise's lexicon so the first article is not charged for it.
analyzeArticle(articles[0]!, 'bench');

console.log(`seed articles: ${articles.length}, ${totalKb.toFixed(1)} KB of body text\n`);
console.log('per article (median of 3 runs, main thread):');
console.log('  article                         KB   parse ms   full ms   ours ms   ms/7KB');
let parseSum = 0;
let fullSum = 0;
for (const article of articles) {
  const parseMs: number[] = [];
  const fullMs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let t = performance.now();
    parseText(article.text, article.paragraphs);
    parseMs.push(performance.now() - t);
    t = performance.now();
    analyzeArticle(article, 'bench');
    fullMs.push(performance.now() - t);
  }
  const p = median(parseMs);
  const f = median(fullMs);
  parseSum += p;
  fullSum += f;
  console.log(
    `  ${article.id.padEnd(30).slice(0, 30)} ${kb(article).toFixed(1).padStart(4)} ${p.toFixed(0).padStart(10)} ${f.toFixed(0).padStart(9)} ${(f - p).toFixed(0).padStart(9)} ${((f / kb(article)) * 7).toFixed(0).padStart(8)}`,
  );
}
console.log(`  total: compromise parse ${parseSum.toFixed(0)} ms, full analysis ${fullSum.toFixed(0)} ms, our passes ${(fullSum - parseSum).toFixed(0)} ms (${(((fullSum - parseSum) / parseSum) * 100).toFixed(0)}% on top of the parse)\n`);

// Throughput on a larger corpus: the seeds repeated, so both workers stay busy.
const many = Array.from({ length: 8 }, (_, copy) => articles.map((a) => ({ ...a, id: `${a.id}-${copy}` }) as Article)).flat();
for (const jobs of [1, 2]) {
  const t = performance.now();
  await analyzeAll(many, 'bench', { jobs });
  const ms = performance.now() - t;
  console.log(`analyzeAll, ${many.length} articles, jobs=${jobs}: ${ms.toFixed(0)} ms (${(ms / many.length).toFixed(0)} ms/article)`);
}
const heap = process.memoryUsage();
console.log(`heap used after the runs: ${(heap.heapUsed / 1048576).toFixed(0)} MB, rss ${(heap.rss / 1048576).toFixed(0)} MB\n`);

// Whole build: cold (empty cache) and cached.
const tmp = await mkdtemp(path.join(os.tmpdir(), 'newsweave-bench-'));
const options = resolveOptions({ input: seedDir, output: path.join(tmp, 'site'), cacheDir: path.join(tmp, 'cache'), quiet: true });
for (const label of ['cold', 'cached']) {
  const report = await build(options);
  const ms = report.milliseconds;
  console.log(
    `build (${label}): ${(ms.total / 1000).toFixed(2)} s total, analysis ${(ms.analyse / 1000).toFixed(2)} s (${report.analysed} analysed), render ${(ms.render / 1000).toFixed(2)} s, ${report.pages} pages`,
  );
}
await rm(tmp, { recursive: true, force: true });
