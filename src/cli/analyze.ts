/**
 * `npm run analyze -- --jsonl IN.jsonl > OUT.jsonl`: extraction without a site, so it can be
 * scored on any labelled text (see "Analysis interface" in the README). stdout carries only
 * JSONL; progress and problems go to stderr. Each input line is analysed and resolved on its own.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeAll } from '../build/analyze-pool.ts';
import { analyzerVersion } from '../build/analyzer-version.ts';
import { articleFromText } from '../ingest/article-from-text.ts';
import { nameSpans } from '../analyze/entities/name-spans.ts';
import { normalizeName } from '../link/normalize-name.ts';
import { resolveEntities } from '../link/resolve-entities.ts';
import type { Analysis, Article, Participant } from '../model.ts';
import { failureMessage } from './fail.ts';

interface InputLine {
  id: string;
  text: string;
  published?: string;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { jsonl: { type: 'string' }, jobs: { type: 'string' } } });
  if (!values.jsonl) {
    process.stderr.write('usage: npm run analyze -- --jsonl IN.jsonl > OUT.jsonl   (IN "-" reads standard input)\n');
    return 2;
  }
  const raw = values.jsonl === '-' ? await readStdin() : await readFile(values.jsonl, 'utf8');
  const articles: Article[] = [];
  for (const [i, line] of raw.split('\n').entries()) {
    if (line.trim() === '') continue;
    const input = parseLine(line, i + 1);
    if (input) articles.push(articleFromText(input.id, input.text, input.published ?? null));
  }
  const version = await analyzerVersion();
  let done = 0;
  const outcomes = await analyzeAll(articles, version, {
    jobs: values.jobs ? Number(values.jobs) : 2,
    onDone: (article, outcome) => {
      done++;
      if ('error' in outcome) process.stderr.write(`${article.id}: analysis failed: ${outcome.error.split('\n')[0]}\n`);
      if (done % 25 === 0 || done === articles.length) process.stderr.write(`analysed ${done}/${articles.length}\n`);
    },
  });
  for (const [i, article] of articles.entries()) {
    const outcome = outcomes[i];
    const analysis: Analysis =
      outcome && 'analysis' in outcome
        ? outcome.analysis
        : { articleId: article.id, analyzerVersion: version, sentences: [], mentions: [], times: [], events: [], quotes: [], figures: [], diagnostics: [] };
    process.stdout.write(`${JSON.stringify(toOutputLine(article, analysis))}\n`);
  }
  return 0;
}

function parseLine(line: string, lineNumber: number): InputLine | null {
  try {
    const value = JSON.parse(line) as Partial<InputLine>;
    if (typeof value.id !== 'string' || typeof value.text !== 'string') throw new Error('needs string fields "id" and "text"');
    if (value.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value.published)) throw new Error('"published" must be YYYY-MM-DD');
    return value as InputLine;
  } catch (error) {
    process.stderr.write(`line ${lineNumber}: skipped: ${(error as Error).message}\n`);
    return null;
  }
}

function toOutputLine(article: Article, analysis: Analysis): object {
  const { entities, mentionEntities } = resolveEntities({ articles: [article], analyses: [analysis] });
  const entityOf = mentionEntities[0] ?? [];
  // A descriptive mention ("Zorban forces") is an actor on the site, but a name finder marks
  // only the name inside it: report that core, linked to the actor it names when there is one.
  const byAlias = new Map(entities.flatMap((e) => e.aliases.map((a) => [normalizeName(a.text), e.id] as const)));
  const spans = nameSpans(analysis.mentions);
  return {
    id: article.id,
    entities: analysis.mentions.map((m, j) => {
      const span = spans[j] ?? m;
      const text = article.text.slice(span.start, span.end);
      const entity = m.core ? (byAlias.get(normalizeName(text)) ?? null) : (entityOf[j] ?? null);
      return { start: span.start, end: span.end, type: span.type, text, entity };
    }),
    times: analysis.times.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, text: t.text })),
    events: analysis.events.map((e) => {
      const party = (p: Participant): object => ({ text: p.text, entity: p.mention !== undefined ? (entityOf[p.mention] ?? null) : null });
      const time = e.time === null ? undefined : analysis.times[e.time];
      return {
        start: e.start,
        end: e.end,
        type: e.type,
        modality: e.modality,
        agents: e.agents.map(party),
        targets: e.targets.map(party),
        places: e.places.map(party),
        time: time ? { value: time.value } : null,
      };
    }),
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker ? { text: q.speaker.text, entity: q.speaker.mention !== undefined ? (entityOf[q.speaker.mention] ?? null) : null } : null,
    })),
    figures: analysis.figures.map((f) => ({ start: f.start, end: f.end, value: f.value, unit: f.unit, qualifier: f.qualifier })),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${failureMessage('newsweave analyze', error, 'the README (Analysis interface)')}\n`);
    process.exit(1);
  },
);
