/**
 * Worker thread: says when it is ready (its start-up, loading compromise and the gazetteers,
 * takes seconds), then analyses the articles the pool sends, one message each way per article.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import { articleFromText } from '../ingest/article-from-text.ts';
import type { WorkerReply, WorkerRequest } from './analyze-pool.ts';

const port = parentPort;
if (!port) throw new Error('analyze-worker-main must run in a worker thread');
// Warm the lexicons on a tiny text so the first real article is not charged for them.
analyzeArticle(articleFromText('warm-up', 'Officials in Lisbon said on Monday that talks would resume.', '2024-01-01'), 'warm-up');
port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq: request.seq, analysis: analyzeArticle(request.article, request.analyzerVersion) };
  } catch (error) {
    reply = { seq: request.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReady);

/** The first message a worker sends. */
export interface WorkerReady {
  readonly ready: true;
}
