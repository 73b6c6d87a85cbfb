/**
 * The time of an event: a date or time expression in its own clause, else in its sentence
 * (nearest to the trigger), else the nearest one earlier in the same paragraph, else none.
 * Durations and sets ("for months", "every day") date nothing.
 */
import type { Sentence, Span, TimeExpression } from '../../model.ts';

export interface EventTime {
  readonly time: number | null;
  readonly basis: 'clause' | 'nearest' | null;
}

export function timeOf(trigger: Span, clause: Span, sentence: Sentence, sentences: readonly Sentence[], times: readonly TimeExpression[]): EventTime {
  const dated = times.map((t, index) => ({ t, index })).filter(({ t }) => t.type === 'date' || t.type === 'time');
  const distance = (t: Span): number => Math.abs(t.start - trigger.start);
  const nearest = (list: typeof dated): number | null =>
    list.length === 0 ? null : list.reduce((a, b) => (distance(b.t) < distance(a.t) ? b : a)).index;

  const inSentence = dated.filter(({ t }) => t.sentence === sentence.index);
  const inClause = inSentence.filter(({ t }) => t.start >= clause.start && t.end <= clause.end);
  const own = nearest(inClause) ?? nearest(inSentence);
  if (own !== null) return { time: own, basis: 'clause' };

  const earlier = dated.filter(({ t }) => {
    const s = sentences[t.sentence];
    return s !== undefined && s.paragraph === sentence.paragraph && t.sentence < sentence.index;
  });
  const last = earlier.at(-1);
  return last ? { time: last.index, basis: 'nearest' } : { time: null, basis: null };
}
