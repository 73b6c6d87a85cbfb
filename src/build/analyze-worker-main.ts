/** Worker thread: analyses the articles the pool sends, one message each way per article. */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import type { WorkerReply, WorkerRequest } from './analyze-pool.ts';

const port = parentPort;
if (!port) throw new Error('analyze-worker-main must run in a worker thread');
port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq: request.seq, analysis: analyzeArticle(request.article, request.analyzerVersion) };
  } catch (error) {
    reply = { seq: request.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
