/**
 * View model of the timeline: dated items in calendar order under month headings, and the items
 * that cannot be placed listed apart. Each item carries what the page's filters read (its actors,
 * its month) so the filters work in the browser without a server; big headings fold their tail.
 */
import type { Entity, Precision, TimelineItem } from '../model.ts';
import { compareText } from './actor-groups.ts';
import type { SiteContext } from './site-context.ts';
import { relativeHref } from './site-urls.ts';
import { actorOptions, sentenceActors, type SentenceActors } from './timeline-actors.ts';
import { timelineExplanation } from './timeline-explanation.ts';
import { dateFlags } from './timeline-flags.ts';
import { periodOf, type TimelinePeriod } from './timeline-period.ts';
import { splitOpen } from './timeline-split.ts';
import type { TimelineGroup, TimelineItemView, TimelinePage } from './view-models.ts';

const PRECISION_RANK: Readonly<Record<Precision, number>> = {
  time: 0, day: 1, week: 2, month: 3, quarter: 4, season: 5, year: 6, decade: 7, century: 8,
};

/** Above this many items, off-screen groups skip layout (a small page stays fully laid out for print and screenshots). */
export const LARGE_TIMELINE_ITEMS = 500;

const UNDATED: Pick<TimelinePeriod, 'month' | 'year'> = { month: '', year: '' };

interface Placed {
  readonly view: TimelineItemView;
  readonly actors: readonly Entity[];
}

export function timelinePage(context: SiteContext): TimelinePage {
  const { urls } = context;
  const actorsOf = sentenceActors(context.corpus, context.entityById);

  const groups = new Map<string, { period: TimelinePeriod; placed: Placed[] }>();
  for (const item of sortedTimeline(context)) {
    const period = periodOf(item);
    const placed = placeItem(context, actorsOf, item.articleId, item.time, period, item);
    if (!placed) continue;
    const group = groups.get(period.anchor) ?? { period, placed: [] };
    group.placed.push(placed);
    groups.set(period.anchor, group);
  }
  const undated = context.corpus.undated.flatMap((ref) => placeItem(context, actorsOf, ref.articleId, ref.time, UNDATED) ?? []);
  const dated = [...groups.values()];
  const grouped = dated.map(({ period, placed }) => timelineGroup(period, placed.map((p) => p.view)));
  const undatedSplit = splitOpen(undated.map((p) => p.view));
  const everyItem = [...dated.flatMap((g) => g.placed), ...undated];
  return {
    path: urls.timeline,
    href: urls.href(urls.timeline),
    scriptHref: relativeHref(urls.timeline, urls.timelineScript),
    groups: grouped,
    undated: undatedSplit.shown,
    undatedMore: undatedSplit.more,
    undatedCount: undated.length,
    datedCount: grouped.reduce((n, g) => n + g.count, 0),
    actors: actorOptions(everyItem.map((p) => p.actors)),
    large: everyItem.length > LARGE_TIMELINE_ITEMS,
  };
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

function timelineGroup(period: TimelinePeriod, items: readonly TimelineItemView[]): TimelineGroup {
  const { shown, more } = splitOpen(items);
  return { label: period.label, anchor: period.anchor, key: period.key, count: items.length, entries: shown, more };
}

function placeItem(
  context: SiteContext,
  actorsOf: SentenceActors,
  articleId: string,
  time: number,
  period: Pick<TimelinePeriod, 'month' | 'year'>,
  span?: TimelineItem,
): Placed | null {
  const a = context.articleIndex.get(articleId);
  if (a === undefined) return null;
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
