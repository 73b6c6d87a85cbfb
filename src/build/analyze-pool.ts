/**
 * Runs the per-article analysis on both cores. compromise is CPU-bound (~200 ms per 7 KB
 * article here) and a worker thread takes ~2.5 s to start (loading compromise, the gazetteers
 * and our code), so the main thread starts on the queue at once and `jobs - 1` workers join
 * when they are ready; a batch too small to repay the start-up gets no worker. Results come
 * back in input order. A worker that dies fails only the article it was working on.
 */
import { Worker } from 'node:worker_threads';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import type { Analysis, Article } from '../model.ts';
import type { WorkerReady } from './analyze-worker-main.ts';

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
  /** Threads to use in all, this one included; 0 or 1 analyses in this thread only. */
  readonly jobs: number;
  /** Called as each article finishes. */
  readonly onDone?: (article: Article, outcome: AnalysisOutcome, milliseconds: number) => void;
}

/** Below this many articles a worker cannot start in time to help (~2.5 s start-up). */
export const MIN_ARTICLES_FOR_WORKERS = 8;

export async function analyzeAll(
  articles: readonly Article[],
  analyzerVersion: string,
  options: PoolOptions,
): Promise<AnalysisOutcome[]> {
  const outcomes: (AnalysisOutcome | undefined)[] = new Array(articles.length).fill(undefined);
  let next = 0;
  const take = (): number | null => (next < articles.length ? next++ : null);
  const finish = (seq: number, outcome: AnalysisOutcome, ms: number): void => {
    outcomes[seq] = outcome;
    const article = articles[seq];
    if (article) options.onDone?.(article, outcome, ms);
  };

  const workerCount = articles.length >= MIN_ARTICLES_FOR_WORKERS ? Math.max(0, Math.min(options.jobs, articles.length) - 1) : 0;
  const workers = Array.from({ length: workerCount }, () => runWorker(articles, analyzerVersion, take, finish));

  // This thread works too, yielding between articles so worker replies are handled promptly.
  for (let seq = take(); seq !== null; seq = take()) {
    const article = articles[seq] as Article;
    const t0 = performance.now();
    finish(seq, analyzeHere(article, analyzerVersion), performance.now() - t0);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  // Anything a dead worker left behind is analysed here.
  return articles.map((article, i) => outcomes[i] ?? analyzeHere(article, analyzerVersion));
}

/** One worker: once ready, takes articles from the shared queue until it is empty. */
function runWorker(
  articles: readonly Article[],
  analyzerVersion: string,
  take: () => number | null,
  finish: (seq: number, outcome: AnalysisOutcome, ms: number) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./analyze-worker.mjs', import.meta.url));
    let current: number | null = null;
    let started = 0;
    const send = (): void => {
      current = take();
      if (current === null) {
        void worker.terminate().then(() => resolve());
        return;
      }
      started = performance.now();
      worker.postMessage({ seq: current, article: articles[current] as Article, analyzerVersion } satisfies WorkerRequest);
    };
    worker.on('message', (message: WorkerReply | WorkerReady) => {
      if ('ready' in message) {
        send();
        return;
      }
      finish(message.seq, 'analysis' in message ? { analysis: message.analysis } : { error: message.error }, performance.now() - started);
      send();
    });
    worker.on('error', (error) => {
      if (current !== null) finish(current, { error: `analysis worker failed: ${error.message}` }, performance.now() - started);
      current = null;
      resolve();
    });
    // A worker that exits without an error event (killed, out of memory) ends its part too.
    worker.on('exit', () => resolve());
  });
}

function analyzeHere(article: Article, analyzerVersion: string): AnalysisOutcome {
  try {
    return { analysis: analyzeArticle(article, analyzerVersion) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
