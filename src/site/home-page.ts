/** View model of the home page: what the corpus covers, its main actors, articles and latest dates. */
import { actorGroups, compareText } from './actor-groups.ts';
import { dateView } from './date-view.ts';
import { eventLookup } from './event-lookup.ts';
import { eventSummary } from './event-summary.ts';
import type { SiteContext } from './site-context.ts';
import { sortedTimeline } from './timeline-page.ts';
import type { ActorLink, HomePage } from './view-models.ts';

const TOP_ACTORS_PER_TYPE = 5;
const LATEST_ENTRIES = 5;
const KEY_EVENTS = 5;

export function homePage(context: SiteContext): HomePage {
  const { corpus, urls } = context;
  const published = corpus.articles.map((a) => a.meta.published.value);
  const dated = published.filter((d): d is string => d !== null).sort(compareText);

  // Dated articles in date order, undated ones after them in corpus order.
  const order = corpus.articles
    .map((_, i) => i)
    .sort((x, y) => {
      const dx = published[x] ?? null;
      const dy = published[y] ?? null;
      if (dx === null || dy === null) return (dx === null ? 1 : 0) - (dy === null ? 1 : 0) || x - y;
      return compareText(dx, dy) || x - y;
    });

  const actors: ActorLink[] = corpus.entities.flatMap((e) => context.actorLink(e.id) ?? []);
  const latest = sortedTimeline(context)
    .slice(-LATEST_ENTRIES)
    .reverse()
    .flatMap((item) => {
      const a = context.articleIndex.get(item.articleId);
      return (a === undefined ? null : context.timelineEntry(a, item.time, item)) ?? [];
    });

  // The most reported events first; calendar order among equals (the lookup's order).
  const events = eventLookup(context).events;
  const keyEvents = events
    .map((event, order) => ({ event, order, articles: new Set(event.reports.map((r) => r.articleId)).size }))
    .sort((x, y) => y.articles - x.articles || y.event.reports.length - x.event.reports.length || x.order - y.order)
    .slice(0, KEY_EVENTS)
    .map(({ event }) => eventSummary(context, event));

  return {
    path: urls.home,
    href: urls.href(urls.home),
    articleCount: corpus.articles.length,
    undatedCount: published.length - dated.length,
    dateRange: dated.length === 0 ? null : { from: dateView(dated[0]!), to: dateView(dated.at(-1)!) },
    topActors: actorGroups(actors, TOP_ACTORS_PER_TYPE),
    articles: order.map((i) => context.articleLink(i)),
    latest,
    keyEvents,
    eventCount: events.length,
    problemCount: corpus.diagnostics.filter((d) => d.severity !== 'info').length,
  };
}
