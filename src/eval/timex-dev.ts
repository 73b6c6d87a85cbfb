/**
 * Runs the time-expression tagger over labelled texts (JSONL: TIMEX3 spans, types and values
 * against each text's creation time) and scores it TempEval-3 style: the invented news of
 * test/fixtures/timex-dev (a development set we read the errors of) and the held-out texts.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseText } from '../analyze/nlp.ts';
import { findTimeExpressions } from '../analyze/time-expressions.ts';
import { articleFromText } from '../ingest/article-from-text.ts';
import { parseTimexDocuments, scoreTimex, TIMEX_TYPE, type Timex, type TimexScore } from './score-timex.ts';

export async function scoreTimexFiles(dir: string, accept: (file: string) => boolean): Promise<{ documents: number; score: TimexScore }> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter(accept).sort();
  const docs = (await Promise.all(files.map(async (f) => parseTimexDocuments(await readFile(path.join(dir, f), 'utf8'), f)))).flat();
  const predicted = new Map<string, Timex[]>();
  for (const doc of docs) {
    // Only the times are scored: the parse and tagger as analyzeArticle calls them, nothing else.
    const article = articleFromText(doc.id, doc.text, doc.dct);
    const times = findTimeExpressions(article.text, parseText(article.text, article.paragraphs), article.meta.published.value);
    predicted.set(doc.id, times.map((t) => ({ start: t.start, end: t.end, type: TIMEX_TYPE[t.type], value: t.value })));
  }
  return { documents: docs.length, score: scoreTimex(docs, predicted) };
}

export function scoreTimexDev(dir: string): Promise<{ documents: number; score: TimexScore }> {
  return scoreTimexFiles(dir, (f) => f.endsWith('.jsonl'));
}
