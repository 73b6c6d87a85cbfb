/**
 * Development measurement, not a test: runs the parser and findTimeExpressions over the seed
 * articles with the gold publication date and compares with the gold times.
 * Run: node --import tsx test/analyze/time/measure-seeds.ts [--verbose]
 * Paragraphs are the raw file split on blank lines (the ingest stage is not needed here).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../../src/analyze/nlp.ts';
import { calendarSpan } from '../../../src/time/calendar.ts';
import { findTimeExpressions } from '../../../src/analyze/time-expressions.ts';

interface GoldTime {
  text: string;
  value: string | null;
  offset: number;
}

const seeds = new URL('../../../seeds/', import.meta.url).pathname;
const goldDir = process.env.GOLD_DIR ?? '/work/shared/gold';
const verbose = process.argv.includes('--verbose');

function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A gold range "2024-02-03/2024-02-04" equals a value covering exactly those days (2024-W05-WE). */
function sameSpan(value: string, gold: string): boolean {
  const [from, to] = gold.split('/');
  const span = calendarSpan(value);
  return Boolean(span && from && to && span.from === from && span.to === to);
}

let total = 0, found = 0, correct = 0, predicted = 0, spurious = 0;
for (const file of readdirSync(seeds).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
  const id = file.replace(/\.(txt|md)$/, '');
  const gold = JSON.parse(readFileSync(join(goldDir, `${id}.gold.json`), 'utf8')) as { published: string | null; times: GoldTime[] };
  const text = readFileSync(join(seeds, file), 'utf8');
  const parsed = parseText(text, paragraphs(text));
  const times = findTimeExpressions(text, parsed, gold.published);
  predicted += times.length;
  const matched = new Set<number>();
  for (const g of gold.times) {
    total += 1;
    const gEnd = g.offset + g.text.length;
    const hit = times.findIndex((t) => t.start < gEnd && t.end > g.offset);
    if (hit === -1) {
      if (verbose) console.log(`MISS  ${id} ${JSON.stringify(g.text)} gold=${g.value}`);
      continue;
    }
    matched.add(hit);
    found += 1;
    const t = times[hit]!;
    // Gold null = duration / vague reference: right when we give a duration, set or *_REF.
    const ok = g.value === null
      ? t.type === 'duration' || t.type === 'set' || /_REF$/.test(t.value)
      : t.value === g.value || t.value.replace(/T.*$/, '') === g.value || sameSpan(t.value, g.value);
    if (ok) correct += 1;
    else if (verbose) console.log(`WRONG ${id} ${JSON.stringify(g.text)} gold=${g.value} got=${t.value} (${t.text}; ${t.explanation})`);
  }
  times.forEach((t, i) => {
    if (matched.has(i)) return;
    spurious += 1;
    if (verbose) console.log(`EXTRA ${id} ${JSON.stringify(t.text)} ${t.type} ${t.value}`);
  });
}
console.log(`gold ${total} · found ${found} · right value ${correct} · predicted ${predicted} · not in gold ${spurious}`);
