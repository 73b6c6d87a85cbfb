/**
 * Corpus events as the pages need them: in calendar order, by the event mentions they group, by
 * the time expressions that date them, and by the actors that take part. Built once per site
 * context (memoised), so every page builder shares one index.
 */
import type { EntityId, Event } from '../model.ts';
import { calendarSpan } from '../time/calendar.ts';
import { compareText } from './actor-groups.ts';
import { PRECISION_RANK } from './precision-rank.ts';
import type { SiteContext } from './site-context.ts';

export interface EventRoles {
  readonly asAgent: readonly Event[];
  readonly asTarget: readonly Event[];
  readonly atPlace: readonly Event[];
}

export interface EventLookup {
  /** Dated events in calendar order, then undated ones by title. */
  readonly events: readonly Event[];
  /** The first and last day an event's date covers; null for undated events. */
  spanOf(event: Event): { readonly from: string; readonly to: string } | null;
  /** The event an article's event mention was grouped into. */
  eventOf(articleIndex: number, eventMention: number): Event | null;
  /** Whether a time expression dates a report of some event. */
  datesAnEvent(articleIndex: number, time: number): boolean;
  roles(id: EntityId): EventRoles;
}

const NO_ROLES: EventRoles = { asAgent: [], asTarget: [], atPlace: [] };
const lookups = new WeakMap<SiteContext, EventLookup>();

export function eventLookup(context: SiteContext): EventLookup {
  let lookup = lookups.get(context);
  if (!lookup) {
    lookup = buildLookup(context);
    lookups.set(context, lookup);
  }
  return lookup;
}

function buildLookup(context: SiteContext): EventLookup {
  const { corpus, articleIndex } = context;
  const spans = new Map<Event, { from: string; to: string } | null>();
  for (const event of corpus.events) {
    const span = event.date ? calendarSpan(event.date.value) : null;
    spans.set(event, span ? { from: span.from, to: span.to } : null);
  }
  // An event none of whose reports stands in a known article has nothing to show or link to.
  const events = corpus.events
    .filter((event) => event.reports.some((r) => articleIndex.has(r.articleId)))
    .sort((x, y) => compareEvents(x, y, spans));

  const byMention = new Map<string, Event>();
  const datingTimes = new Set<string>();
  const roles = new Map<EntityId, { asAgent: Event[]; asTarget: Event[]; atPlace: Event[] }>();
  const roleOf = (id: EntityId) => {
    const entry = roles.get(id) ?? { asAgent: [], asTarget: [], atPlace: [] };
    roles.set(id, entry);
    return entry;
  };
  for (const event of events) {
    for (const report of event.reports) {
      const a = articleIndex.get(report.articleId);
      if (a === undefined) continue;
      byMention.set(`${a}:${report.event}`, event);
      const time = corpus.analyses[a]?.events[report.event]?.time;
      if (time !== undefined && time !== null) datingTimes.add(`${a}:${time}`);
    }
    for (const id of new Set(event.agents)) roleOf(id).asAgent.push(event);
    for (const id of new Set(event.targets)) roleOf(id).asTarget.push(event);
    for (const id of new Set(event.places)) roleOf(id).atPlace.push(event);
  }

  return {
    events,
    spanOf: (event) => spans.get(event) ?? null,
    eventOf: (a, e) => byMention.get(`${a}:${e}`) ?? null,
    datesAnEvent: (a, t) => datingTimes.has(`${a}:${t}`),
    roles: (id) => roles.get(id) ?? NO_ROLES,
  };
}

function compareEvents(x: Event, y: Event, spans: ReadonlyMap<Event, { from: string; to: string } | null>): number {
  const sx = spans.get(x) ?? null;
  const sy = spans.get(y) ?? null;
  if (sx === null || sy === null) {
    const undated = (sx === null ? 1 : 0) - (sy === null ? 1 : 0);
    if (undated !== 0) return undated;
  } else {
    const byDate =
      compareText(sx.from, sy.from) ||
      PRECISION_RANK[x.date!.precision] - PRECISION_RANK[y.date!.precision] ||
      compareText(sx.to, sy.to);
    if (byDate !== 0) return byDate;
  }
  return compareText(x.title, y.title) || compareText(x.slug, y.slug);
}
