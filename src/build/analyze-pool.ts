/**
 * Runs the per-article analysis on worker threads (compromise is CPU-bound, ~130 ms per 7 KB
 * article), so both cores work. Results come back in input order. A worker that dies fails
 * only the article it was working on; the rest continue on the remaining workers or, when
 * none are left, in this thread.
 */
import { Worker } from 'node:worker_threads';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import type { Analysis, Article } from '../model.ts';

export interface WorkerRequest {
  readonly seq: number;
  readonly article: Article;
  readonly analyzerVersion: string;
}

export type WorkerReply =
  | { readonly seq: number; readonly analysis: Analysis }
  | { readonly seq: number; readonly error: string };

export type AnalysisOutcome = { readonly analysis: Analysis } | { readonly error: string };

export interface PoolOptions {
  /** Worker threads to use; 0 (or a single article) analyses in this thread. */
  readonly jobs: number;
  /** Called as each article finishes. */
  readonly onDone?: (article: Article, outcome: AnalysisOutcome, milliseconds: number) => void;
}

export async function analyzeAll(
  articles: readonly Article[],
  analyzerVersion: string,
  options: PoolOptions,
): Promise<AnalysisOutcome[]> {
  const jobs = Math.min(options.jobs, articles.length);
  if (jobs <= 1) return articles.map((article) => analyzeHere(article, analyzerVersion, options));

  const outcomes: AnalysisOutcome[] = new Array(articles.length);
  let next = 0;
  const started = new Map<number, number>();

  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(new URL('./analyze-worker.mjs', import.meta.url));
      let current = -1;
      const send = (): void => {
        if (next >= articles.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        started.set(current, performance.now());
        const article = articles[current] as Article;
        worker.postMessage({ seq: current, article, analyzerVersion } satisfies WorkerRequest);
      };
      worker.on('message', (reply: WorkerReply) => {
        const outcome: AnalysisOutcome = 'analysis' in reply ? { analysis: reply.analysis } : { error: reply.error };
        finish(reply.seq, outcome);
        send();
      });
      worker.on('error', (error) => {
        if (current >= 0 && !outcomes[current]) finish(current, { error: `analysis worker failed: ${error.message}` });
        resolve();
      });
      send();
    });

  const finish = (seq: number, outcome: AnalysisOutcome): void => {
    outcomes[seq] = outcome;
    const article = articles[seq];
    if (article) options.onDone?.(article, outcome, performance.now() - (started.get(seq) ?? performance.now()));
  };

  await Promise.all(Array.from({ length: jobs }, runWorker));
  // Anything a dead worker left behind is analysed here.
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    if (!outcomes[i] && article) outcomes[i] = analyzeHere(article, analyzerVersion, options);
  }
  return outcomes;
}

function analyzeHere(article: Article, analyzerVersion: string, options: PoolOptions): AnalysisOutcome {
  const t0 = performance.now();
  let outcome: AnalysisOutcome;
  try {
    outcome = { analysis: analyzeArticle(article, analyzerVersion) };
  } catch (error) {
    outcome = { error: error instanceof Error ? error.message : String(error) };
  }
  options.onDone?.(article, outcome, performance.now() - t0);
  return outcome;
}
