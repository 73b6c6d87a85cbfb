/**
 * Finds the time expressions of an article and resolves each to a TIMEX3-style value
 * against the publication date (HeidelTime-style rules: patterns, then normalisation using
 * the clause tense). Pure and total: a failing rule loses its match, never the article.
 *
 * Conventions (TempEval-3 / TimeML):
 * - Extents leave out prepositions ("on Friday" → "Friday") and keep determiners and
 *   modifiers ("last week", "nearly four months ago", "the 1990s").
 * - A named part of a day is a time: "Friday night" → 2024-02-02TNI (MO, AF, EV, NI).
 * - A range "from 2019 to 2022" gives two expressions, one per year, as TimeML annotates it.
 * - "the past year" is a duration (P1Y); "past year" and "last year" are the previous year.
 * - A date without a year takes the latest occurrence on or before publication unless its
 *   clause is future (present and unknown tense included); the basis is 'year-inferred'.
 * - "a year later", "the following day" count from the latest date named in the same or
 *   the previous sentence that is at least as fine as their unit (TimeML's reference time),
 *   else from the publication date; the explanation says which.
 */
import type { TimeExpression } from '../model.ts';
import type { ParsedSentence, ParsedText } from './nlp.ts';
import { absoluteRules } from './time/absolute-rules.ts';
import { anchoredRules } from './time/anchored-rules.ts';
import { calendarSpan, formatDate, parseIsoDate, type CalendarDate } from '../time/calendar.ts';
import { clauseTense } from './time/clause-tense.ts';
import { clockRules } from './time/clock-rules.ts';
import { durationRules } from './time/duration-rules.ts';
import { holidayRules } from './time/holiday-rules.ts';
import { relativeRules } from './time/relative-rules.ts';
import { resolveShift } from './time/reference-time.ts';
import type { ClauseTense } from './time/resolve.ts';
import type { Found, Rule } from './time/rule.ts';

/** Rule order breaks ties between equally long matches: earlier wins. */
const RULES: readonly Rule[] = [...absoluteRules, ...holidayRules, ...anchoredRules, ...relativeRules, ...clockRules, ...durationRules];

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly order: number;
  readonly sentence: number;
  readonly tense: ClauseTense;
  readonly found: Found;
}

export function findTimeExpressions(text: string, parsed: ParsedText, published: string | null): TimeExpression[] {
  try {
    const sentences = parsed.sentences;
    if (sentences.length === 0) return [];
    const anchor = published ? parseIsoDate(published) : null;
    const candidates = RULES.flatMap((rule, order) => matchRule(rule, order, text, sentences, anchor));
    const chosen = withoutOverlaps(candidates);
    // In text order, so that "the following day" can count from a date resolved before it.
    const out: TimeExpression[] = [];
    for (let i = 0; i < chosen.length; i += 1) {
      const c = chosen[i];
      if (!c) continue;
      // "10 a.m. Monday", "noon Thursday": a clock time and the day right after it are one time.
      const next = chosen[i + 1];
      const day = c.found.clock && next && isDayAfterClock(c, next, text) ? next : null;
      const expression = toExpression(day ? { ...c, end: day.end } : c, chosen, out, text, anchor);
      if (expression) out.push(expression);
      if (day && expression) i += 1;
    }
    return out;
  } catch {
    return [];
  }
}

/** All accepted matches of one rule; a rejected match lets the pattern retry one character on. */
function matchRule(
  rule: Rule,
  order: number,
  text: string,
  sentences: readonly ParsedSentence[],
  published: CalendarDate | null,
): Candidate[] {
  const out: Candidate[] = [];
  const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const start = match.index;
    const end = start + match[0].length;
    const sentence = sentenceAt(sentences, start);
    const s = sentences[sentence];
    let found: Found | null = null;
    if (s) {
      const tense = clauseTense(s.tokens, start, end, s.tense);
      try {
        found = rule.build({ text, match, start, end, published, tense, sentenceStart: s.start, tokens: s.tokens });
      } catch {
        found = null;
      }
      if (found) {
        const trimmed = start + (found.trimStart ?? 0);
        out.push({ start: trimmed, end, order, sentence, tense, found });
        continue;
      }
    }
    pattern.lastIndex = start + 1;
  }
  return out;
}

/** Index of the sentence containing `offset`, else the last one starting before it. */
function sentenceAt(sentences: readonly ParsedSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (s.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/** Longest match wins; equal lengths go to the earlier rule. Result sorted by start. */
function withoutOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$/;

/** A day (weekday, date) written right after a clock time, with only a space or comma between. */
function isDayAfterClock(clock: Candidate, day: Candidate, text: string): boolean {
  return day.sentence === clock.sentence && !day.found.clock && !day.found.shift && day.found.type === 'date' &&
    (DAY_VALUE.test(day.found.value) || /^XXXX-WXX-\d$/.test(day.found.value)) && /^,?[ \u00a0]+$/.test(text.slice(clock.end, day.start));
}

function toExpression(
  c: Candidate,
  all: readonly Candidate[],
  earlier: readonly TimeExpression[],
  text: string,
  anchor: CalendarDate | null,
): TimeExpression | null {
  let found: Found;
  try {
    found = c.found.clock ? withDay(c, all, anchor) : c.found.shift ? resolveShift(c.found, c.sentence, earlier, anchor) : c.found;
  } catch {
    return null; // a failing resolution loses this expression, never the article
  }
  const flags = [...(found.flags ?? [])];
  if (anchor && c.tense === 'past' && (found.type === 'date' || found.type === 'time') && found.basis !== 'stated') {
    const span = calendarSpan(found.value);
    if (span && span.from > formatDate(anchor)) flags.push('after-publication-in-past-clause');
  }
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: found.type,
    value: found.value,
    ...(found.precision ? { precision: found.precision } : {}),
    basis: found.basis,
    explanation: found.explanation,
    ...(found.anchor ? { anchor: found.anchor } : {}),
    sentence: c.sentence,
    ...(flags.length > 0 ? { flags } : {}),
  };
}

/** A clock time takes the nearest day stated in its sentence, else the publication date. */
function withDay(c: Candidate, all: readonly Candidate[], anchor: CalendarDate | null): Found {
  const clock = c.found.clock ?? '';
  const isDay = (o: Candidate): boolean => o !== c && DAY_VALUE.test(o.found.value.replace(/T.*$/, '')) && !o.found.clock && !o.found.shift;
  const days = all.filter((o) => o.sentence === c.sentence && isDay(o));
  // None in the sentence: a narrative goes on with the day the previous sentence named
  // ("… on Sunday. Police fired tear gas after 7 p.m."), unless the clause looks ahead.
  const previous = c.tense === 'future' ? [] : all.filter((o) => o.sentence === c.sentence - 1 && isDay(o)).slice(-1);
  const nearest = days.sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))[0] ?? previous[0];
  const text = c.found.explanation.replace(/ states a time of day$/, '');
  if (nearest) {
    const day = nearest.found.value.replace(/T.*$/, '');
    return {
      ...c.found,
      value: `${day}${clock}`,
      basis: nearest.found.basis,
      explanation: `${text} at ${clock.slice(1)} on ${day}, the day named in the ${nearest.sentence === c.sentence ? 'same' : 'previous'} sentence`,
      ...(nearest.found.anchor ? { anchor: nearest.found.anchor } : {}),
    };
  }
  if (!anchor) {
    return { ...c.found, value: `XXXX-XX-XX${clock}`, basis: 'unresolved', explanation: `${text} gives a time of day but no day, and the article has no publication date` };
  }
  const day = formatDate(anchor);
  return {
    ...c.found,
    value: `${day}${clock}`,
    basis: 'relative',
    explanation: `${text} gives no day; taken as the publication date ${day}`,
    anchor: day,
  };
}
