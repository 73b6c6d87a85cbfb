/**
 * The build: the only module that sequences the stages and does IO.
 *   read seeds → parse articles → analyse (cached, on worker threads) → link → site data → render
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AnalysisCache } from './build/analysis-cache.ts';
import { analyzeAll, type AnalysisOutcome } from './build/analyze-pool.ts';
import { analyzerVersion } from './build/analyzer-version.ts';
import { replaceDirectory } from './build/replace-directory.ts';
import { PROJECT_ROOT, type BuildOptions } from './config.ts';
import { parseArticle } from './ingest/parse-article.ts';
import { parseCuration } from './ingest/parse-curation.ts';
import { readCuration } from './ingest/read-curation.ts';
import { readSeeds } from './ingest/read-seeds.ts';
import { buildCorpus } from './link/build-corpus.ts';
import { inferPublicationDates } from './link/infer-publication-dates.ts';
import { applyInferredDates } from './link/publication/apply-inferred-dates.ts';
import { markInferredAnchor } from './link/publication/mark-inferred-anchor.ts';
import type { Analysis, Article, Corpus, Diagnostic } from './model.ts';
import { renderSite } from './render/render-site.ts';
import { writeSearchIndex } from './build/search-index.ts';
import { writeSitemap } from './build/write-sitemap.ts';
import { buildSiteData } from './site/site-data.ts';
import { uniqueSlugs } from './site/slug.ts';

export interface BuildReport {
  readonly corpus: Corpus;
  readonly pages: number;
  /** Articles analysed in this run (cache misses). */
  readonly analysed: number;
  /** Articles whose analysis came from the cache. */
  readonly cached: number;
  readonly milliseconds: { readonly analyse: number; readonly render: number; readonly total: number };
}

export class BuildError extends Error {
  override readonly name = 'BuildError';
}

/** Where progress and diagnostics go (stderr in the CLI, nowhere in tests). */
export type Log = (line: string) => void;

export interface LoadedCorpus {
  readonly corpus: Corpus;
  readonly analysed: number;
  readonly cached: number;
  readonly msAnalyse: number;
}

/** Everything up to the site's data: read, parse, analyse (cached), link. No output is written. */
export async function loadCorpus(options: BuildOptions, log: Log = () => {}): Promise<LoadedCorpus> {
  const version = await packageVersion();
  const sources = await readSeeds(options.input).catch((error: unknown) => {
    throw new BuildError(`cannot read the input folder ${options.input}: ${(error as Error).message}`, { cause: error });
  });
  const diagnostics: Diagnostic[] = [];
  const parsed: Article[] = [];
  for (const source of sources) {
    const result = parseArticle(source);
    diagnostics.push(...result.diagnostics);
    if (result.article) parsed.push(result.article);
  }
  if (sources.length === 0) log(`no .txt or .md files in ${options.input}: building an empty site`);
  const slugs = uniqueSlugs(parsed.map((a) => a.slug));
  const parsedArticles = parsed.map((a, i) => ({ ...a, slug: slugs[i] ?? a.slug }));

  const tAnalyse = performance.now();
  const first = await analyseWithCache(parsedArticles, options, log);
  diagnostics.push(...first.diagnostics);
  // Second pass: undated articles the corpus dates are analysed again against that date.
  const { articles, changed } = applyInferredDates(parsedArticles, inferPublicationDates(parsedArticles, first.analyses));
  const analyses = [...first.analyses];
  let analysed = first.analysed;
  let runs = parsedArticles.length;
  if (changed.length > 0) {
    log(`dating ${changed.length} undated article(s) from the corpus`);
    const second = await analyseWithCache(changed.map((i) => articles[i] as Article), options, log);
    diagnostics.push(...second.diagnostics);
    for (const [k, index] of changed.entries()) {
      const again = second.analyses[k];
      const date = articles[index]?.meta.published.value;
      if (again && date) analyses[index] = markInferredAnchor(again, date);
      const unknownAt = diagnostics.findIndex((d) => d.ruleId === 'published-unknown' && d.file === articles[index]?.file);
      const unknown = diagnostics[unknownAt];
      if (unknown && date) {
        diagnostics[unknownAt] = { ...unknown, ruleId: 'published-inferred', reason: `no front-matter date and no dateline: publication date ${date} inferred from the corpus` };
      }
    }
    analysed += second.analysed;
    runs += changed.length;
  }
  const msAnalyse = performance.now() - tAnalyse;

  // The owner's alias file, if any: rules for actor resolution (see README, "Curating actors").
  const curationSource = await readCuration(options.input).catch((error: unknown) => {
    throw new BuildError(`cannot read the alias file in ${options.input}: ${(error as Error).message}`, { cause: error });
  });
  const curation = curationSource ? parseCuration(curationSource.text, curationSource.file) : null;
  if (curation) diagnostics.push(...curation.diagnostics);

  const corpus = buildCorpus(articles, analyses, diagnostics, version, curation?.curation);
  return { corpus, analysed, cached: runs - analysed, msAnalyse };
}

export async function build(options: BuildOptions, log: Log = () => {}): Promise<BuildReport> {
  const t0 = performance.now();
  const { corpus, analysed, cached, msAnalyse } = await loadCorpus(options, log);
  const site = buildSiteData(corpus, { pathPrefix: options.pathPrefix, siteTitle: options.siteTitle, baseUrl: options.baseUrl });

  const strictFailures = corpus.diagnostics.filter((d) => d.severity === 'error');
  if (options.strict && strictFailures.length > 0) {
    throw new BuildError(`--strict: ${strictFailures.length} input error(s); the previous output was left as it was`);
  }

  const tRender = performance.now();
  let pages = 0;
  await replaceDirectory(options.output, async (dir) => {
    pages = (await renderSite(site, dir, { quiet: true })).pages;
    // Inside the atomic write: a site is swapped in only with its search index (and sitemap).
    await writeSearchIndex(dir);
    if (options.baseUrl) await writeSitemap(dir, options.baseUrl);
  });
  const msRender = performance.now() - tRender;

  return {
    corpus,
    pages,
    analysed,
    cached,
    milliseconds: { analyse: msAnalyse, render: msRender, total: performance.now() - t0 },
  };
}

async function analyseWithCache(
  articles: readonly Article[],
  options: BuildOptions,
  log: Log,
): Promise<{ analyses: Analysis[]; diagnostics: Diagnostic[]; analysed: number }> {
  const version = await analyzerVersion();
  const cache = new AnalysisCache(options.cacheDir);
  const keys = articles.map((a) => AnalysisCache.key(a, version));
  const found = await Promise.all(keys.map((k) => cache.get(k)));
  const missing = articles.filter((_, i) => !found[i]);
  if (articles.length > 0) {
    log(`analysing ${missing.length} of ${articles.length} article(s) (${articles.length - missing.length} from cache)`);
  }
  let done = 0;
  const outcomes = await analyzeAll(missing, version, {
    jobs: options.jobs,
    onDone: (article, outcome, ms) => {
      done++;
      const status = 'error' in outcome ? 'FAILED' : `${Math.round(ms)} ms`;
      log(`  [${done}/${missing.length}] ${article.file} (${status})`);
    },
  });
  const byId = new Map<string, AnalysisOutcome>(missing.map((a, i) => [a.id, outcomes[i] ?? { error: 'not analysed' }]));

  const diagnostics: Diagnostic[] = [];
  const analyses: Analysis[] = [];
  for (const [i, article] of articles.entries()) {
    const cached = found[i];
    if (cached) {
      analyses.push(cached);
      continue;
    }
    const outcome = byId.get(article.id);
    if (outcome && 'analysis' in outcome) {
      analyses.push(outcome.analysis);
      await cache.set(keys[i] ?? '', outcome.analysis);
    } else {
      // The article still gets its page, with its text but no analysis.
      diagnostics.push({
        file: article.file,
        severity: 'error',
        ruleId: 'analysis-failed',
        reason: `analysis failed: ${outcome && 'error' in outcome ? outcome.error.split('\n')[0] : 'unknown error'}`,
      });
      analyses.push({ articleId: article.id, analyzerVersion: version, sentences: [], mentions: [], times: [], events: [], quotes: [], figures: [], diagnostics: [] });
    }
  }
  return { analyses, diagnostics, analysed: missing.length };
}

async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** "file:line: severity: reason [ruleId]", the format editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
  return `${where}: ${d.severity}: ${d.reason} [${d.ruleId}]`;
}
