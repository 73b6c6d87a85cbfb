/**
 * What an undated article's own text says about when it was written: the bare weekday of
 * its lead ("… on Sunday urged …"), the relative and year-less expressions that can be
 * resolved once a publication date is assumed, and the earliest day publication can be
 * (a full date stated in a past-tense clause).
 */
import type { Analysis, Article, Sentence, TimeExpression } from '../../model.ts';
import { directionOf, type Direction } from '../../analyze/time/resolve.ts';
import { contentWords } from './content-words.ts';

/** One expression whose value depends on the publication date. */
export type DateClue =
  | ClueBase & { readonly kind: 'weekday'; readonly weekday: number }
  | ClueBase & { readonly kind: 'month-day'; readonly month: number; readonly day: number }
  | ClueBase & { readonly kind: 'month'; readonly month: number }
  | ClueBase & { readonly kind: 'day-offset'; readonly days: number };

interface ClueBase {
  /** The expression as printed. */
  readonly text: string;
  /** Offsets of the expression in the article text. */
  readonly start: number;
  readonly end: number;
  /** Index of its sentence. */
  readonly sentence: number;
  /** Which occurrence it means, from the sentence tense. */
  readonly direction: Direction;
  /** Content words of its sentence, to recognise the same event elsewhere. */
  readonly words: ReadonlySet<string>;
}

export interface DateClues {
  /** The first bare weekday of the lead, outside a future clause: the day of the news. */
  readonly lead: (DateClue & { readonly kind: 'weekday' }) | null;
  readonly clues: readonly DateClue[];
  /** Publication is on or after this day (the latest date stated about the past), if any. */
  readonly notBefore: { readonly value: string; readonly text: string } | null;
}

/** Sentences that count as the lead, where news puts the day of the event it reports. */
export const LEAD_SENTENCES = 3;

/** "last Friday", "next Monday", "this Sunday": a weekday with a relation is not the news day. */
const WEEKDAY_RELATION = /\b(last|next|this|coming|past|previous|following)\b/i;
const DAY_OFFSETS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, yesterday: -1,
};

export function readDateClues(article: Article, analysis: Analysis): DateClues {
  const clues: DateClue[] = [];
  let notBefore: DateClues['notBefore'] = null;
  for (const time of analysis.times) {
    const sentence = analysis.sentences[time.sentence];
    const tense = sentence?.tense ?? null;
    const stated = statedDay(time, tense);
    if (stated && !inFutureClause(article.text, analysis, { sentence: time.sentence, start: time.start, end: time.end }) &&
        (!notBefore || stated > notBefore.value)) {
      notBefore = { value: stated, text: time.text };
    }
    if (time.basis !== 'unresolved') continue;
    const words = sentence ? contentWords(article.text.slice(sentence.start, sentence.end)) : new Set<string>();
    const clue = clueOf(time, { text: time.text, start: time.start, end: time.end, sentence: time.sentence, direction: directionOf(tense), words });
    if (clue) clues.push(clue);
  }
  const lead = clues.find(
    (c): c is DateClue & { kind: 'weekday' } =>
      c.kind === 'weekday' && c.sentence < LEAD_SENTENCES && analysis.sentences[c.sentence]?.tense !== 'future' &&
      !inFutureClause(article.text, analysis, c),
  );
  return { lead: lead ?? null, clues, notBefore };
}

/** Markers of a planned event in the clause around a weekday ("will meet on Thursday"). */
const FUTURE_MARKER = /\b(will|shall|won't|going to|(?:is|are) (?:due|set|expected|scheduled|poised) to|plans? to|intends? to)\b|'ll\b/i;

/** Where a clause ends: punctuation or a word that opens another clause. */
const CLAUSE_BREAK = /[,;:\u2014\u2013]|\b(?:that|which|who|while|after|before|as|when)\b/;

/**
 * Whether the clause holding the clue speaks of the future. The parser's sentence tense is
 * the first verb's and can miss "X will meet on Thursday"; the clause text is checked too.
 */
function inFutureClause(text: string, analysis: Analysis, clue: Pick<DateClue, 'sentence' | 'start' | 'end'>): boolean {
  const sentence = analysis.sentences[clue.sentence];
  if (!sentence) return false;
  const before = text.slice(sentence.start, clue.start).split(CLAUSE_BREAK).pop() ?? '';
  const after = text.slice(clue.end, sentence.end).split(CLAUSE_BREAK)[0] ?? '';
  return FUTURE_MARKER.test(before) || FUTURE_MARKER.test(after);
}

function clueOf(time: TimeExpression, base: ClueBase): DateClue | null {
  let m: RegExpExecArray | null;
  if ((m = /^XXXX-WXX-([1-7])(T\w+)?$/.exec(time.value))) {
    return WEEKDAY_RELATION.test(time.text) ? null : { ...base, kind: 'weekday', weekday: Number(m[1]) };
  }
  if ((m = /^XXXX-(\d{2})-(\d{2})$/.exec(time.value))) return { ...base, kind: 'month-day', month: Number(m[1]), day: Number(m[2]) };
  if ((m = /^XXXX-(\d{2})$/.exec(time.value))) return { ...base, kind: 'month', month: Number(m[1]) };
  const offset = DAY_OFFSETS[time.text.toLowerCase()];
  if (time.value === 'XXXX-XX-XX' && offset !== undefined) return { ...base, kind: 'day-offset', days: offset };
  return null;
}

/**
 * The first day a stated value covers ("2019" → 2019-01-01) when it bounds publication: a
 * full date outside a future clause (the parser's sentence tense is too unreliable to ask
 * for past), a month or a year only in a past-tense sentence (they are often forecasts).
 */
function statedDay(time: TimeExpression, tense: Sentence['tense']): string | null {
  if (time.basis !== 'stated' || (time.type !== 'date' && time.type !== 'time') || tense === 'future') return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})/.exec(time.value))) return m[1] ?? null;
  if (tense !== 'past') return null;
  if ((m = /^(\d{4}-\d{2})$/.exec(time.value))) return `${m[1]}-01`;
  if ((m = /^(\d{4})$/.exec(time.value))) return `${m[1]}-01-01`;
  return null;
}
