/** One event as a line in a list: title, type, date, how many reports, and what they disagree on. */
import type { Event } from '../model.ts';
import { dateView } from './date-view.ts';
import { DISAGREEMENT_WORDS, EVENT_TYPE_LABELS } from './event-labels.ts';
import { PRECISION_LABELS } from './labels.ts';
import { reportsBySentence } from './report-groups.ts';
import type { SiteContext } from './site-context.ts';
import type { EventSummary } from './view-models.ts';

export function eventSummary(context: SiteContext, event: Event): EventSummary {
  const { urls } = context;
  const kinds = new Set(event.discrepancies.map((d) => d.kind));
  return {
    text: event.title,
    href: urls.href(urls.event(event.slug)),
    slug: event.slug,
    typeLabel: event.reactsTo === undefined ? EVENT_TYPE_LABELS[event.type] : 'reaction',
    date: dateView(event.date?.value ?? null),
    precision: event.date ? PRECISION_LABELS[event.date.precision] : null,
    datesDiffer: kinds.has('date'),
    // A reader counts sentences: two triggers in one sentence are one report.
    reportCount: reportsBySentence(context, event.reports).length,
    articleCount: new Set(event.reports.map((r) => r.articleId)).size,
    disagreements: (['count', 'date', 'place'] as const).filter((k) => kinds.has(k)).map((k) => DISAGREEMENT_WORDS[k]),
  };
}
