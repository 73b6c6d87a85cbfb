/**
 * How a date was worked out, as shown on the timeline: the analysis's own explanation, plus a note
 * when the date it was resolved against (the publication date) was itself inferred, so an inferred
 * anchor never reads as a stated one.
 */
import type { Article, TimeExpression } from '../model.ts';

export const INFERRED_ANCHOR_NOTE = '(anchor date inferred)';

export function timelineExplanation(
  expression: Pick<TimeExpression, 'explanation' | 'anchor'>,
  article: Pick<Article, 'meta'>,
): string {
  const anchorInferred = expression.anchor !== undefined && article.meta.published.basis === 'inferred';
  return anchorInferred ? `${expression.explanation} ${INFERRED_ANCHOR_NOTE}` : expression.explanation;
}
