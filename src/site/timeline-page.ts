/**
 * View model of the timeline: dated items in calendar order under month headings, and the items
 * that cannot be placed listed apart. Items coarser than a month (a quarter, a year) get a heading
 * of their own ("Across 2024") instead of being filed under the month they happen to start in.
 */
import type { Precision, TimelineItem } from '../model.ts';
import { compareText } from './actor-groups.ts';
import { readableDate } from './readable-date.ts';
import type { SiteContext } from './site-context.ts';
import type { TimelineEntry, TimelineGroup, TimelinePage } from './view-models.ts';

const WITHIN_A_MONTH: ReadonlySet<Precision> = new Set(['time', 'day', 'week', 'month']);

export function timelinePage(context: SiteContext): TimelinePage {
  const { corpus, urls } = context;
  const groups = new Map<string, { label: string; anchor: string; entries: TimelineEntry[] }>();
  for (const item of sortedTimeline(context)) {
    const a = context.articleIndex.get(item.articleId);
    const entry = a === undefined ? null : context.timelineEntry(a, item.time, item);
    if (!entry) continue;
    const heading = groupOf(item);
    const group = groups.get(heading.anchor) ?? { ...heading, entries: [] };
    group.entries.push(entry);
    groups.set(heading.anchor, group);
  }
  const undated = corpus.undated.flatMap((ref) => {
    const a = context.articleIndex.get(ref.articleId);
    const entry = a === undefined ? null : context.timelineEntry(a, ref.time);
    return entry ? [entry] : [];
  });
  const grouped: TimelineGroup[] = [...groups.values()];
  return {
    path: urls.timeline,
    href: urls.href(urls.timeline),
    groups: grouped,
    undated,
    datedCount: grouped.reduce((n, g) => n + g.entries.length, 0),
  };
}

/** Timeline items by first day, then last day, then corpus position: a total, stable order. */
export function sortedTimeline(context: SiteContext): TimelineItem[] {
  const position = (item: TimelineItem): number => context.articleIndex.get(item.articleId) ?? Infinity;
  return [...context.corpus.timeline].sort(
    (x, y) => compareText(x.from, y.from) || compareText(x.to, y.to) || position(x) - position(y) || x.time - y.time,
  );
}

function groupOf(item: TimelineItem): { label: string; anchor: string } {
  const fromYear = item.from.slice(0, 4);
  const toYear = item.to.slice(0, 4);
  if (WITHIN_A_MONTH.has(item.precision)) {
    const month = item.from.slice(0, 7);
    return { label: readableDate(month), anchor: `m-${month}` };
  }
  if (fromYear === toYear) return { label: `Across ${fromYear}`, anchor: `y-${fromYear}` };
  return { label: `${fromYear}–${toYear}`, anchor: `y-${fromYear}-${toYear}` };
}
