/**
 * TempEval-3-style scoring of time expressions on labelled documents (TIMEX3 spans with a type
 * and a value, resolved against each document's creation time): strict span match (same start
 * and end), relaxed span match (the spans overlap; each gold span pairs with one predicted span
 * at most), and value and type F1 over the relaxed matches: precision is the share of predicted
 * expressions that overlap a gold one with the same value, recall the share of gold ones found
 * with it.
 */
import type { TimeType } from '../model.ts';
import { prf, type PRF } from './score-entities.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string;
}

/** One labelled text: its creation time (ISO day) and its TIMEX3 expressions. */
export interface TimexDocument {
  readonly id: string;
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly Timex[];
}

export interface TimexScore {
  readonly strict: PRF;
  readonly relaxed: PRF;
  readonly value: PRF;
  readonly type: PRF;
  readonly errors: readonly string[];
}

export const TIMEX_TYPE: Readonly<Record<TimeType, TimexType>> = { date: 'DATE', time: 'TIME', duration: 'DURATION', set: 'SET' };

const overlaps = (a: Timex, b: Timex): boolean => a.start < b.end && b.start < a.end;

export function scoreTimex(gold: readonly TimexDocument[], predicted: ReadonlyMap<string, readonly Timex[]>): TimexScore {
  const tally = { strict: 0, relaxed: 0, value: 0, type: 0, gold: 0, predicted: 0 };
  const errors: string[] = [];
  for (const doc of gold) {
    const got = [...(predicted.get(doc.id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    const quote = (t: Timex): string => `'${doc.text.slice(t.start, t.end)}'`;
    tally.gold += doc.timexes.length;
    tally.predicted += got.length;
    const used = new Set<number>();
    for (const g of doc.timexes) {
      const i = got.findIndex((p, k) => !used.has(k) && overlaps(p, g));
      const p = got[i];
      if (!p) {
        errors.push(`${doc.id}: missed ${quote(g)} ${g.value}`);
        continue;
      }
      used.add(i);
      tally.relaxed++;
      if (p.start === g.start && p.end === g.end) tally.strict++;
      if (p.type === g.type) tally.type++;
      if (p.value === g.value) tally.value++;
      else errors.push(`${doc.id}: ${quote(g)} is ${g.value}, we say ${quote(p)} ${p.value}`);
    }
    got.forEach((p, k) => {
      if (!used.has(k)) errors.push(`${doc.id}: spurious ${quote(p)} ${p.value}`);
    });
  }
  // Strict matches are a subset of relaxed ones, so strict counts its own misses on both sides.
  const score = (tp: number): PRF => prf(tp, tally.predicted - tp, tally.gold - tp);
  return { strict: score(tally.strict), relaxed: score(tally.relaxed), value: score(tally.value), type: score(tally.type), errors };
}

/** Parses a JSONL file of timex documents; malformed lines throw with their line number. */
export function parseTimexDocuments(jsonl: string, file: string): TimexDocument[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      const doc = JSON.parse(line) as TimexDocument;
      if (typeof doc.id !== 'string' || typeof doc.text !== 'string' || typeof doc.dct !== 'string' || !Array.isArray(doc.timexes)) {
        throw new Error(`${file}:${n}: needs "id", "dct", "text" and "timexes"`);
      }
      return doc;
    });
}
