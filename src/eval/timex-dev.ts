/**
 * Runs the time-expression tagger over labelled texts (JSONL: TIMEX3 spans, types and values
 * against each text's creation time) and scores it TempEval-3 style: the invented news of
 * test/fixtures/timex-dev (a development set we read the errors of) and the held-out texts.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import { articleFromText } from '../ingest/article-from-text.ts';
import { parseTimexDocuments, scoreTimex, TIMEX_TYPE, type Timex, type TimexScore } from './score-timex.ts';

export async function scoreTimexFiles(dir: string, accept: (file: string) => boolean): Promise<{ documents: number; score: TimexScore }> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter(accept).sort();
  const docs = (await Promise.all(files.map(async (f) => parseTimexDocuments(await readFile(path.join(dir, f), 'utf8'), f)))).flat();
  const predicted = new Map<string, Timex[]>();
  for (const doc of docs) {
    const analysis = analyzeArticle(articleFromText(doc.id, doc.text, doc.dct), 'timex-eval');
    predicted.set(doc.id, analysis.times.map((t) => ({ start: t.start, end: t.end, type: TIMEX_TYPE[t.type], value: t.value })));
  }
  return { documents: docs.length, score: scoreTimex(docs, predicted) };
}

export function scoreTimexDev(dir: string): Promise<{ documents: number; score: TimexScore }> {
  return scoreTimexFiles(dir, (f) => f.endsWith('.jsonl'));
}
