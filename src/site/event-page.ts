/** View model of one event page: what the reports agree on, every report side by side, and where they differ. */
import type { EntityId, Event } from '../model.ts';
import { discrepancyView } from './discrepancy-view.ts';
import { eventDateBasis } from './event-date-basis.ts';
import { roleLabels } from './event-labels.ts';
import { eventSummary } from './event-summary.ts';
import { reportsBySentence } from './report-groups.ts';
import { reportView } from './report-view.ts';
import type { SiteContext } from './site-context.ts';
import type { ActorLink, EventLink, EventPage } from './view-models.ts';

export function eventPage(context: SiteContext, event: Event): EventPage {
  const { urls, corpus } = context;
  const link = (e: Event): EventLink => ({ href: urls.href(urls.event(e.slug)), text: e.title });
  const answered = event.reactsTo === undefined ? undefined : corpus.events.find((e) => e.id === event.reactsTo);
  const summary = eventSummary(context, event);
  const actors = (ids: readonly EntityId[]): ActorLink[] => [...new Set(ids)].flatMap((id) => context.actorLink(id) ?? []);
  return {
    path: urls.event(event.slug),
    href: summary.href,
    slug: event.slug,
    title: event.title,
    typeLabel: summary.typeLabel,
    date: summary.date,
    precision: summary.precision,
    datesDiffer: summary.datesDiffer,
    dateBasis: eventDateBasis(context, event),
    agents: actors(event.agents),
    targets: actors(event.targets),
    places: actors(event.places),
    roles: roleLabels(event.type, event.reactsTo !== undefined),
    reactsTo: answered ? link(answered) : null,
    reactions: corpus.events.filter((e) => e.reactsTo === event.id).map(link),
    articleCount: summary.articleCount,
    reports: reportsBySentence(context, event.reports).flatMap((group) => reportView(context, group) ?? []),
    discrepancies: event.discrepancies.map((d) => discrepancyView(context, d)),
    indexHref: urls.href(urls.events),
  };
}
