/**
 * One event as a timeline item: its date with precision and how it was obtained, its title and
 * reports, each report's sentence, and what the filters read (its actors and month).
 */
import type { Entity, Event } from '../model.ts';
import { dayRange } from './day-range.ts';
import { eventDateBasis } from './event-date-basis.ts';
import { eventSummary } from './event-summary.ts';
import { reportsBySentence } from './report-groups.ts';
import type { SiteContext } from './site-context.ts';
import type { SentenceActors } from './timeline-actors.ts';
import type { TimelinePeriod } from './timeline-period.ts';
import type { TimelineEventView } from './view-models.ts';

/** Precisions whose readable form does not say which days they cover. */
const SPELL_OUT_DAYS: ReadonlySet<string> = new Set(['week', 'quarter', 'season']);

export interface PlacedEvent {
  readonly view: TimelineEventView;
  readonly actors: readonly Entity[];
}

export function timelineEvent(
  context: SiteContext,
  actorsOf: SentenceActors,
  event: Event,
  span: { readonly from: string; readonly to: string } | null,
  period: Pick<TimelinePeriod, 'month' | 'year'>,
): PlacedEvent {
  const { corpus } = context;
  const actors: Entity[] = [];
  const add = (entity: Entity | undefined): void => {
    if (entity && !actors.includes(entity)) actors.push(entity);
  };
  for (const id of [...event.agents, ...event.targets, ...event.places]) add(context.entityById.get(id));

  // One line per article: its first sentence quoted, its other sentences as links.
  const byArticle = new Map<number, TimelineEventView['reports'][number] & { more: { href: string; number: number }[] }>();
  for (const group of reportsBySentence(context, event.reports)) {
    const a = group.articleIndex;
    for (const actor of actorsOf(a, group.sentence)) add(actor);
    const mentions = group.reports.flatMap((r) => corpus.analyses[a]?.events[r.event] ?? []);
    const sentence = context.sentenceQuote(a, group.sentence, mentions);
    const line = byArticle.get(a);
    if (line) line.more.push({ href: sentence.href, number: sentence.number });
    else {
      const article = context.articleLink(a);
      byArticle.set(a, { outlet: article.source ?? article.text, sentence, more: [] });
    }
  }
  const reports = [...byArticle.values()];

  const showRange = span !== null && event.date !== null && SPELL_OUT_DAYS.has(event.date.precision);
  const view: TimelineEventView = {
    ...eventSummary(context, event),
    range: showRange ? dayRange(span.from, span.to) : null,
    basis: eventDateBasis(context, event),
    reports,
    actors: actors.map((actor) => actor.slug),
    month: period.month,
    year: period.year,
  };
  return { view, actors };
}
