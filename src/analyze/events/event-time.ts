/**
 * The time of an event: a date or time expression in its own clause, else in its sentence
 * (nearest to the trigger), else the nearest one earlier in the same paragraph, else none.
 * Durations and sets ("for months", "every day") date nothing. Nor does a bound: "before /
 * until / prior to / ahead of X" puts the event before X, "after X" after it, so X is not its
 * date; "since X" stays (the span starts at X), and so does "by": "hit by Tuesday's strikes"
 * names the strikes' day far more often than a deadline does.
 */
import type { Sentence, Span, TimeExpression } from '../../model.ts';

export interface EventTime {
  readonly time: number | null;
  readonly basis: 'clause' | 'nearest' | null;
}

/** "before", "well before", "until", "prior to", "ahead of", "days after" right before a date. */
const BOUND_BEFORE = /\b(?:before|until|till|prior\s+to|ahead\s+of|after)\s+$/i;
const HEDGE = /\b(?:well|long|shortly|just|soon|right|days|weeks|months|years|hours|minutes)\s+$/i;

/** Whether the words just before the expression make it a bound of the event, not its date. */
function isBound(text: string, t: Span): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  if (BOUND_BEFORE.test(before)) return true;
  // "well before 7 October", "days after the vote": one hedge word between.
  const hedge = HEDGE.exec(before);
  return hedge !== null && BOUND_BEFORE.test(before.slice(0, hedge.index));
}

export function timeOf(
  text: string, trigger: Span, clause: Span, sentence: Sentence, sentences: readonly Sentence[], times: readonly TimeExpression[],
): EventTime {
  const dated = times.map((t, index) => ({ t, index })).filter(({ t }) => t.type === 'date' || t.type === 'time');
  const distance = (t: Span): number => Math.abs(t.start - trigger.start);
  const nearest = (list: typeof dated): number | null =>
    list.length === 0 ? null : list.reduce((a, b) => (distance(b.t) < distance(a.t) ? b : a)).index;

  const inSentence = dated.filter(({ t }) => t.sentence === sentence.index);
  const free = ({ t }: (typeof dated)[number]): boolean => !isBound(text, t);
  const inOwnClause = clauseTime(text, trigger, clause, sentence.index, times);
  if (inOwnClause !== null) return { time: inOwnClause, basis: 'clause' };
  // A bound in the event's own clause is all we know of its time: no date from elsewhere.
  // ("before" opens a clause of its own: a bound right after the clause, no punctuation between, counts.)
  const bounds = ({ t }: (typeof dated)[number]): boolean =>
    isBound(text, t) && t.start >= clause.start && (t.end <= clause.end || !/[,;:()—–"“”]/.test(text.slice(clause.end, t.start)));
  if (inSentence.some(bounds)) return { time: null, basis: null };
  const own = nearest(inSentence.filter(free));
  if (own !== null) return { time: own, basis: 'clause' };

  const earlier = dated.filter(({ t }) => {
    const s = sentences[t.sentence];
    return s !== undefined && s.paragraph === sentence.paragraph && t.sentence < sentence.index;
  });
  const last = earlier.at(-1);
  return last ? { time: last.index, basis: 'nearest' } : { time: null, basis: null };
}

/** The date or time in the clause (of sentence `sentence`) nearest to the trigger, not a bound; else null. */
export function clauseTime(text: string, trigger: Span, clause: Span, sentence: number, times: readonly TimeExpression[]): number | null {
  let best: number | null = null;
  times.forEach((t, i) => {
    if ((t.type !== 'date' && t.type !== 'time') || t.sentence !== sentence || t.start < clause.start || t.end > clause.end || isBound(text, t)) return;
    if (best === null || Math.abs(t.start - trigger.start) < Math.abs(times[best]!.start - trigger.start)) best = i;
  });
  return best;
}
