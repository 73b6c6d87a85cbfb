/** View model of /events/: every event, dated ones in calendar order, undated ones apart. */
import { eventLookup } from './event-lookup.ts';
import { eventSummary } from './event-summary.ts';
import type { SiteContext } from './site-context.ts';
import type { EventsIndexPage } from './view-models.ts';

export function eventsIndexPage(context: SiteContext): EventsIndexPage {
  const { urls } = context;
  const lookup = eventLookup(context);
  const summaries = lookup.events.map((event) => ({ dated: lookup.spanOf(event) !== null, summary: eventSummary(context, event) }));
  return {
    path: urls.events,
    href: urls.href(urls.events),
    dated: summaries.filter((s) => s.dated).map((s) => s.summary),
    undated: summaries.filter((s) => !s.dated).map((s) => s.summary),
    total: summaries.length,
    disputedCount: summaries.filter((s) => s.summary.disagreements.length > 0).length,
  };
}
