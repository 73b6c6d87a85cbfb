/**
 * The held-out texts (test/fixtures/heldout: invented news labelled by someone who had not seen
 * the rules, measured and never tuned to). Names are scored like the development texts; time
 * expressions TempEval-3 style against each text's creation time.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import { articleFromText } from '../ingest/article-from-text.ts';
import { scoreNerDev } from './ner-dev.ts';
import type { SpanScore } from './score-spans.ts';
import { parseTimexDocuments, scoreTimex, TIMEX_TYPE, type Timex, type TimexScore } from './score-timex.ts';

export interface HeldOutScore {
  readonly names: { readonly documents: number; readonly score: SpanScore } | null;
  readonly times: { readonly documents: number; readonly score: TimexScore } | null;
}

export async function scoreHeldOut(dir: string): Promise<HeldOutScore> {
  const names = await scoreNerDev(dir, (f) => f === 'ner.jsonl');
  const file = path.join(dir, 'timex.jsonl');
  const jsonl = await readFile(file, 'utf8').catch(() => null);
  if (jsonl === null) return { names: names.documents > 0 ? names : null, times: null };
  const docs = parseTimexDocuments(jsonl, file);
  const predicted = new Map<string, Timex[]>();
  for (const doc of docs) {
    const analysis = analyzeArticle(articleFromText(doc.id, doc.text, doc.dct), 'held-out');
    predicted.set(doc.id, analysis.times.map((t) => ({ start: t.start, end: t.end, type: TIMEX_TYPE[t.type], value: t.value })));
  }
  return { names: names.documents > 0 ? names : null, times: { documents: docs.length, score: scoreTimex(docs, predicted) } };
}
