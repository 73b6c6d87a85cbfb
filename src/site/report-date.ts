/**
 * The date one report gives its event: the time expression governing the event mention, its
 * resolved value and how it was resolved, and whether it was borrowed from an earlier sentence.
 */
import type { EventMention } from '../model.ts';
import { dateView } from './date-view.ts';
import { PRECISION_LABELS, TIME_BASIS } from './labels.ts';
import type { SiteContext } from './site-context.ts';
import { timelineExplanation } from './timeline-explanation.ts';
import type { ReportDate } from './view-models.ts';

export function reportDate(context: SiteContext, articleIndex: number, mention: EventMention): ReportDate | null {
  if (mention.time === null) return null;
  const expression = context.corpus.analyses[articleIndex]?.times[mention.time];
  const article = context.corpus.articles[articleIndex];
  if (!expression || !article) return null;
  return {
    text: expression.text,
    date: dateView(expression.value),
    precision: expression.precision ? PRECISION_LABELS[expression.precision] : null,
    basis: TIME_BASIS[expression.basis].label,
    explanation: timelineExplanation(expression, article),
    borrowed: mention.timeBasis === 'nearest',
    href: context.urls.href(context.urls.sentence(article.slug, expression.sentence)),
    sentenceNumber: expression.sentence + 1,
  };
}
