/**
 * Runs the time-expression tagger over the invented news of test/fixtures/timex-dev (*.jsonl:
 * TIMEX3 spans, types and values labelled against each text's creation time, a development set
 * we read the errors of) and scores it TempEval-3 style, like the held-out time expressions.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import { articleFromText } from '../ingest/article-from-text.ts';
import { parseTimexDocuments, scoreTimex, TIMEX_TYPE, type Timex, type TimexScore } from './score-timex.ts';

export async function scoreTimexDev(dir: string): Promise<{ documents: number; score: TimexScore }> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.jsonl')).sort();
  const docs = (await Promise.all(files.map(async (f) => parseTimexDocuments(await readFile(path.join(dir, f), 'utf8'), f)))).flat();
  const predicted = new Map<string, Timex[]>();
  for (const doc of docs) {
    const analysis = analyzeArticle(articleFromText(doc.id, doc.text, doc.dct), 'timex-dev');
    predicted.set(doc.id, analysis.times.map((t) => ({ start: t.start, end: t.end, type: TIMEX_TYPE[t.type], value: t.value })));
  }
  return { documents: docs.length, score: scoreTimex(docs, predicted) };
}
