/**
 * Runs the name finder over labelled texts (test/fixtures/ner-dev/*.jsonl, invented news we
 * develop against; test/fixtures/heldout/ner.jsonl, held out) and scores its spans. Reads
 * files, so it lives with the eval command's helpers.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import { nameSpans } from '../analyze/entities/name-spans.ts';
import { articleFromText } from '../ingest/article-from-text.ts';
import { parseSpanDocuments, scoreSpans, type LabelledSpan, type SpanScore } from './score-spans.ts';

export async function scoreNerDev(dir: string, accept: (file: string) => boolean = (f) => f.endsWith('.jsonl')): Promise<{ documents: number; score: SpanScore }> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter(accept).sort();
  const docs = (await Promise.all(files.map(async (f) => parseSpanDocuments(await readFile(path.join(dir, f), 'utf8'), f)))).flat();
  const predicted = new Map<string, readonly LabelledSpan[]>();
  for (const doc of docs) {
    const analysis = analyzeArticle(articleFromText(doc.id, doc.text, null), 'ner-dev');
    predicted.set(doc.id, nameSpans(analysis.mentions));
  }
  return { documents: docs.length, score: scoreSpans(docs, predicted) };
}
