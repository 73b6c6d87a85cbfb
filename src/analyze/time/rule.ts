/**
 * What a time rule is: a pattern over the article text and a function that turns one match
 * into a TIMEX3 value (or rejects it), plus the helpers rules share to word their results.
 */
import type { Precision, TimeExpression, TimeType } from '../../model.ts';
import type { Token } from '../nlp.ts';
import { formatDate, weekdayShortName, type CalendarDate } from '../../time/calendar.ts';
import type { TimeUnit } from './lexicon.ts';
import type { ClauseTense, Direction } from './resolve.ts';

export interface MatchContext {
  /** The whole article text; match offsets index into it. */
  readonly text: string;
  readonly match: RegExpExecArray;
  readonly start: number;
  readonly end: number;
  /** Publication date, or null for an undated article. */
  readonly published: CalendarDate | null;
  /** Tense of the clause around the match. */
  readonly tense: ClauseTense;
  /** Offset where the containing sentence starts. */
  readonly sentenceStart: number;
  /** Tokens of the containing sentence (may be empty), for part-of-speech checks. */
  readonly tokens: readonly Token[];
}

/** A rule's result: the TimeExpression's value fields, before offsets and sentence are known. */
export interface Found extends Omit<TimeExpression, 'start' | 'end' | 'text' | 'sentence'> {
  /** Characters to drop from the start of the match (a context word like "on"). */
  readonly trimStart?: number;
  /** A clock time ("T20:00") whose day is filled in from the sentence or the publication date. */
  readonly clock?: string;
  /**
   * A shift from the narrated time ("a year later", "the following day"): the caller counts
   * it from the latest day named in the same or previous sentence, else the publication date.
   */
  readonly shift?: { readonly unit: TimeUnit; readonly steps: number; /** Day-part suffix, "TMO". */ readonly part?: string };
}

export interface Rule {
  readonly name: string;
  /** Must be global (g); usually case-insensitive (i). */
  readonly pattern: RegExp;
  readonly build: (ctx: MatchContext) => Found | null;
}

/** Text just before the match (within its sentence), for context checks. */
export function textBefore(ctx: MatchContext, chars = 40): string {
  return ctx.text.slice(Math.max(ctx.sentenceStart, ctx.start - chars), ctx.start);
}

export function textAfter(ctx: MatchContext, chars = 40): string {
  return ctx.text.slice(ctx.end, ctx.end + chars);
}

export function matchedText(ctx: MatchContext): string {
  return ctx.match[0];
}

/** "2024-02-02 (Fri)". */
export function describeDay(d: CalendarDate): string {
  return `${formatDate(d)} (${weekdayShortName(d)})`;
}

/** A value worked out from the publication date. */
export function relativeFound(
  ctx: MatchContext,
  text: string,
  type: TimeType,
  value: string,
  precision: Precision | undefined,
  how = '',
): Found {
  const published = ctx.published;
  const anchor = published ? formatDate(published) : undefined;
  return {
    type,
    value,
    ...(precision ? { precision } : {}),
    basis: 'relative',
    explanation: `'${text}' resolved against the publication date ${published ? describeDay(published) : '?'}${how ? `: ${how}` : ''}`,
    ...(anchor ? { anchor } : {}),
  };
}

/** A relative expression in an undated article: TIMEX3 placeholder value, said plainly. */
export function unresolvedFound(text: string, type: TimeType, value: string, precision: Precision | undefined): Found {
  return {
    type,
    value,
    ...(precision ? { precision } : {}),
    basis: 'unresolved',
    explanation: `'${text}' is relative to when the article was written, and the article has no publication date`,
  };
}

export function statedFound(text: string, type: TimeType, value: string, precision: Precision | undefined, note = ''): Found {
  return {
    type,
    value,
    ...(precision ? { precision } : {}),
    basis: 'stated',
    explanation: `'${text}' states the date${note ? ` (${note})` : ''}`,
  };
}

export function vagueFound(text: string, type: TimeType, value: string, what: string): Found {
  return { type, value, basis: 'vague', explanation: `'${text}' is ${what}` };
}

export function directionWords(direction: Direction, tense: ClauseTense): string {
  if (direction === 'past' && tense === 'past') return 'the latest one on or before the publication date (past-tense clause)';
  if (direction === 'past') return `the latest one on or before the publication date (${tense ?? 'no'} tense clause, not future)`;
  if (direction === 'future') return 'the next one after the publication date (future-tense clause)';
  return `the one nearest the publication date (${tense ?? 'no'} tense clause)`;
}

/** Number of characters a leading context word plus spaces takes ("on ", "since "). */
export function leadingWordLength(s: string, word: RegExp): number {
  const m = word.exec(s);
  return m && m.index === 0 ? m[0].length : 0;
}

/** True when the word is written with a capital (or in capitals), as names of months are. */
export function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}
