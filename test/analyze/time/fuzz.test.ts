/**
 * Property-style guard test (issue 4, item 5): random strings of date words, digits,
 * punctuation and odd Unicode never make findTimeExpressions throw, and whatever it returns
 * is well formed. A fixed seed keeps every run the same; nothing here measures time.
 */
import { describe, expect, it } from 'vitest';
import { parseText, type ParsedText } from '../../../src/analyze/nlp.ts';
import { findTimeExpressions } from '../../../src/analyze/time-expressions.ts';
import { calendarSpan } from '../../../src/time/calendar.ts';
import type { TimeExpression } from '../../../src/model.ts';

/** mulberry32: a small deterministic generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'January', 'Feb.', 'May', 'March', 'Sept', 'Dec', 'Monday', 'Sunday', 'Friday night', 'last', 'next', 'this',
  'the', 'of', 'on', 'in', 'since', 'from', 'to', 'ago', 'later', 'earlier', 'following', 'day', 'days', 'week',
  'weekend', 'month', 'year', 'years', 'decade', 'century', 'quarter', 'half', 'early', 'mid-', 'late', 'every',
  'Christmas', 'Easter', 'Ramadan', "New Year's", 'Eve', 'nineties', '1990s', "'80s", 'the 21st', 'spring',
  'fall', 'today', 'yesterday', 'tonight', 'now', 'recently', 'p.m.', 'a.m.', 'noon', 'midnight', 'that', 'same',
  '0', '00', '1', '7', '12', '13', '29', '30', '31', '32', '99', '2019', '2020', '1999', '0000', '9999', '2100',
  '-', '–', '—', '/', '.', ',', ':', ';', '(', ')', '"', '“', '”', "'", '’', '$', '%', '#', ' ', ' ', ' ', '\n',
  '\u00a0', '\u200b', '\u200d', '\u202e', '\u0301', '\ufeff', '\ud83d\ude00', '\ud800', '\udfff', '２０２４',
  '٢٠٢٤', 'Ⅻ', 'ß', 'İ', 'ﬁ', '𝟚𝟘𝟙𝟡', '\u0000', '\t',
];

const PUBLISHED = ['2024-02-02', '2023-12-31', '2024-02-29', '1600-01-01', '0050-06-15', '2024-13-01', '2024-02-30', 'not-a-date', '', null];

function randomText(next: () => number, pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i += 1) {
    out += PIECES[Math.floor(next() * PIECES.length)] ?? '';
    if (next() < 0.6) out += ' ';
  }
  return out;
}

/** A parse without the NLP pass: sentences cut at full stops, no tokens, a random tense. */
function roughParse(text: string, next: () => number): ParsedText {
  const tenses = ['past', 'present', 'future', null] as const;
  const sentences = [];
  let start = 0;
  for (const m of text.matchAll(/\.\s+|$/g)) {
    const end = (m.index ?? text.length) + m[0].length;
    if (end > start) sentences.push({ start, end, paragraph: 0, tokens: [], tense: tenses[Math.floor(next() * 4)] ?? null });
    start = end;
  }
  return { sentences, people: [], places: [], organizations: [] };
}

const TYPES = new Set(['date', 'time', 'duration', 'set']);

function problems(text: string, out: readonly TimeExpression[], sentenceCount: number): string[] {
  const found: string[] = [];
  let previousEnd = 0;
  for (const t of out) {
    if (!(t.start >= previousEnd && t.start < t.end && t.end <= text.length)) found.push(`bad offsets ${t.start}-${t.end}`);
    if (text.slice(t.start, t.end) !== t.text) found.push(`text ≠ slice at ${t.start}`);
    if (!TYPES.has(t.type)) found.push(`type ${t.type}`);
    if (!t.value || /NaN|undefined|null|Infinity/.test(t.value)) found.push(`value '${t.value}'`);
    if (/NaN|undefined/.test(t.explanation)) found.push(`explanation '${t.explanation}'`);
    if (t.anchor !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(t.anchor)) found.push(`anchor '${t.anchor}'`);
    if (!(t.sentence >= 0 && t.sentence < sentenceCount)) found.push(`sentence ${t.sentence}`);
    const span = calendarSpan(t.value);
    if (span && span.from > span.to) found.push(`span ${span.from} > ${span.to}`);
    previousEnd = t.end;
  }
  return found;
}

describe('findTimeExpressions on random input (fixed seed)', () => {
  it('is total and well formed over 1500 rough parses', () => {
    const next = generator(20240202);
    const failures: string[] = [];
    let total = 0;
    for (let i = 0; i < 1500; i += 1) {
      const text = randomText(next, 1 + Math.floor(next() * 25));
      const published = PUBLISHED[Math.floor(next() * PUBLISHED.length)] ?? null;
      const parsed = roughParse(text, next);
      let out: TimeExpression[] = [];
      try {
        out = findTimeExpressions(text, parsed, published);
      } catch (error) {
        failures.push(`${JSON.stringify(text)}: threw ${String(error)}`);
        continue;
      }
      total += out.length;
      for (const p of problems(text, out, parsed.sentences.length)) failures.push(`${JSON.stringify(text)} (${published}): ${p}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
    // The input does reach the rules (an article-level catch would otherwise pass silently).
    expect(total).toBeGreaterThan(1500);
  });

  it('is total and well formed with the real parser', () => {
    const next = generator(7);
    const failures: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const text = randomText(next, 5 + Math.floor(next() * 20));
      const published = PUBLISHED[Math.floor(next() * PUBLISHED.length)] ?? null;
      const parsed = parseText(text, [{ start: 0, end: text.length }]);
      const out = findTimeExpressions(text, parsed, published);
      for (const p of problems(text, out, parsed.sentences.length)) failures.push(`${JSON.stringify(text)} (${published}): ${p}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('finds dates inside odd Unicode without shifting offsets', () => {
    const text = '\ud83d\ude00 The vote\u200b was held on\u00a0March\u00a05, 2021 \u202eafter talks.';
    const out = findTimeExpressions(text, parseText(text, [{ start: 0, end: text.length }]), '2024-02-02');
    expect(out.map((t) => [t.text, t.value])).toEqual([['March\u00a05, 2021', '2021-03-05']]);
  });
});
