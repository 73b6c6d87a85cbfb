/**
 * View model of the timeline: events in calendar order under month headings, undated events apart.
 * Date mentions that date no event stay available, folded under each heading ("other dated
 * references"), so nothing is hidden. Each item carries what the page's filters read (its actors,
 * its month) so the filters work in the browser without a server; big headings fold their tail.
 */
import type { Entity, EventType, TimelineItem } from '../model.ts';
import { compareText } from './actor-groups.ts';
import { EVENT_TYPE_LABELS } from './event-labels.ts';
import { eventLookup } from './event-lookup.ts';
import { PRECISION_RANK } from './precision-rank.ts';
import type { SiteContext } from './site-context.ts';
import { relativeHref } from './site-urls.ts';
import { actorOptions, sentenceActors, type SentenceActors } from './timeline-actors.ts';
import { timelineEvent, type PlacedEvent } from './timeline-events.ts';
import { timelineExplanation } from './timeline-explanation.ts';
import { dateFlags } from './timeline-flags.ts';
import { periodOf, type TimelinePeriod } from './timeline-period.ts';
import { splitOpen } from './timeline-split.ts';
import type { DatedItem, EventMark } from './timeline-svg/items.ts';
import { timelineVisual, type TimelineVisual } from './timeline-svg/timeline-visual.ts';
import { readableDate } from './readable-date.ts';
import type { TimelineEventView, TimelineGroup, TimelineItemView, TimelinePage } from './view-models.ts';

/** An event on the timeline with its type, which the event-type filter reads (data-type). */
export type TypedEventView = TimelineEventView & { readonly type: EventType };

/** The timeline page with its visual (an SVG per zoom level) and the event-type filter's options. */
export interface TimelineView extends TimelinePage {
  readonly visual: TimelineVisual | null;
  /** Event types present, most events first. */
  readonly types: readonly { readonly value: EventType; readonly label: string; readonly count: number }[];
}

/** Above this many items, off-screen groups skip layout (a small page stays fully laid out for print and screenshots). */
export const LARGE_TIMELINE_ITEMS = 500;

const UNDATED: Pick<TimelinePeriod, 'month' | 'year'> = { month: '', year: '' };

interface Placed {
  readonly view: TimelineItemView;
  readonly actors: readonly Entity[];
}

interface GroupDraft {
  readonly period: TimelinePeriod;
  /** The earliest item's first day, precision rank and last day: where the heading goes. */
  first: readonly [string, number, string];
  readonly events: PlacedEvent[];
  readonly references: Placed[];
}

export function timelinePage(context: SiteContext): TimelineView {
  const { urls } = context;
  const lookup = eventLookup(context);
  const actorsOf = sentenceActors(context.corpus, context.entityById);
  const groups = new Map<string, GroupDraft>();
  const groupOf = (item: Pick<TimelineItem, 'precision' | 'from' | 'to'>): GroupDraft => {
    const period = periodOf(item);
    const key: readonly [string, number, string] = [item.from, PRECISION_RANK[item.precision], item.to];
    const group = groups.get(period.anchor) ?? { period, first: key, events: [], references: [] };
    if (compareKeys(key, group.first) < 0) group.first = key;
    groups.set(period.anchor, group);
    return group;
  };

  const undatedEvents: PlacedEvent[] = [];
  const marks: EventMark[] = [];
  const ticks: DatedItem[] = [];
  const typeCounts = new Map<EventType, number>();
  for (const event of lookup.events) {
    typeCounts.set(event.type, (typeCounts.get(event.type) ?? 0) + 1);
    const span = lookup.spanOf(event);
    if (!span || !event.date) {
      undatedEvents.push(withType(timelineEvent(context, actorsOf, event, null, UNDATED), event.type));
      continue;
    }
    const group = groupOf({ precision: event.date.precision, ...span });
    const period = periodOf({ precision: event.date.precision, ...span });
    const placed = withType(timelineEvent(context, actorsOf, event, span, period), event.type);
    group.events.push(placed);
    const { view } = placed;
    const reports = `${view.reportCount} report${view.reportCount === 1 ? '' : 's'}`;
    marks.push({
      key: event.slug, title: `${view.text} (${view.typeLabel}), ${readableDate(event.date.value)}, ${reports}`,
      href: view.href, type: event.type, weight: view.reportCount, ...span,
      actors: view.actors, month: period.month, year: period.year, anchor: period.anchor, heading: period.label,
    });
  }
  for (const item of sortedTimeline(context)) {
    const a = context.articleIndex.get(item.articleId);
    if (a === undefined || lookup.datesAnEvent(a, item.time)) continue;
    const period = periodOf(item);
    const placed = placeItem(context, actorsOf, a, item.time, period, item);
    if (!placed) continue;
    groupOf(item).references.push(placed);
    const { view } = placed;
    ticks.push({
      key: `${item.articleId}#${item.time}`, title: `“${view.text}”, ${readableDate(item.value)}, in ${view.article.text}`,
      from: item.from, to: item.to,
      actors: view.actors, month: period.month, year: period.year, anchor: period.anchor, heading: period.label,
    });
  }
  const undatedReferences = context.corpus.undated.flatMap((ref) => {
    const a = context.articleIndex.get(ref.articleId);
    if (a === undefined || lookup.datesAnEvent(a, ref.time)) return [];
    return placeItem(context, actorsOf, a, ref.time, UNDATED) ?? [];
  });

  const dated = [...groups.values()].sort((x, y) => compareKeys(x.first, y.first));
  const grouped = dated.map(timelineGroup);
  const undatedSplit = splitOpen(undatedEvents.map((p) => p.view));
  const everyItem: { readonly actors: readonly Entity[] }[] = [
    ...dated.flatMap((g) => [...g.events, ...g.references]),
    ...undatedEvents,
    ...undatedReferences,
  ];
  return {
    path: urls.timeline,
    href: urls.href(urls.timeline),
    scriptHref: relativeHref(urls.timeline, urls.timelineScript),
    groups: grouped,
    undated: undatedSplit.shown,
    undatedMore: undatedSplit.more,
    undatedCount: undatedEvents.length,
    datedCount: grouped.reduce((n, g) => n + g.count, 0),
    referenceCount: grouped.reduce((n, g) => n + g.references.length, 0),
    undatedReferences: undatedReferences.map((p) => p.view),
    eventsHref: urls.href(urls.events),
    actors: actorOptions(everyItem.map((p) => p.actors)),
    large: everyItem.length > LARGE_TIMELINE_ITEMS,
    visual: timelineVisual(marks, ticks),
    types: [...typeCounts]
      .sort(([x, cx], [y, cy]) => cy - cx || compareText(x, y))
      .map(([value, count]) => ({ value, label: EVENT_TYPE_LABELS[value], count })),
  };
}

function withType(placed: PlacedEvent, type: EventType): PlacedEvent {
  const view: TypedEventView = { ...placed.view, type };
  return { ...placed, view };
}

/**
 * Timeline items by first day, then finer precision first, then last day, then corpus position:
 * a total, stable order.
 */
export function sortedTimeline(context: SiteContext): TimelineItem[] {
  const position = (item: TimelineItem): number => context.articleIndex.get(item.articleId) ?? Infinity;
  return [...context.corpus.timeline].sort(
    (x, y) =>
      compareText(x.from, y.from) ||
      PRECISION_RANK[x.precision] - PRECISION_RANK[y.precision] ||
      compareText(x.to, y.to) ||
      position(x) - position(y) ||
      x.time - y.time,
  );
}

function compareKeys(x: readonly [string, number, string], y: readonly [string, number, string]): number {
  return compareText(x[0], y[0]) || x[1] - y[1] || compareText(x[2], y[2]);
}

function timelineGroup(group: GroupDraft): TimelineGroup {
  const { period } = group;
  const { shown, more } = splitOpen(group.events.map((p) => p.view));
  return {
    label: period.label,
    anchor: period.anchor,
    key: period.key,
    count: group.events.length,
    entries: shown,
    more,
    references: group.references.map((p) => p.view),
  };
}

function placeItem(
  context: SiteContext,
  actorsOf: SentenceActors,
  a: number,
  time: number,
  period: Pick<TimelinePeriod, 'month' | 'year'>,
  span?: TimelineItem,
): Placed | null {
  const entry = context.timelineEntry(a, time, span);
  const expression = context.corpus.analyses[a]?.times[time];
  if (!entry || !expression) return null;
  const actors = actorsOf(a, expression.sentence);
  const view: TimelineItemView = {
    ...entry,
    explanation: timelineExplanation(expression, context.corpus.articles[a]!),
    actors: actors.map((actor) => actor.slug),
    month: period.month,
    year: period.year,
    flags: dateFlags(expression.flags),
  };
  return { view, actors };
}
