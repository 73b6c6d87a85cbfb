/**
 * How an event's date was obtained, in words: how many reports give that date, and how the first
 * of them resolved it ("given by 1 of 2 reports: relative to publication, 'on Saturday' against
 * publication date 2024-02-02").
 */
import type { Event } from '../model.ts';
import { calendarSpan } from '../time/calendar.ts';
import { TIME_BASIS } from './labels.ts';
import { reportsBySentence } from './report-groups.ts';
import type { SiteContext } from './site-context.ts';
import { timelineExplanation } from './timeline-explanation.ts';

export function eventDateBasis(context: SiteContext, event: Event): string {
  // A standing count is true as of each report's article: no date of its own is missing.
  if (!event.date && event.type === 'tally') return 'A standing count: each report gives it as of its article’s date.';
  if (!event.date) return 'No report dates this event.';
  const { corpus } = context;
  let dated = 0;
  const agreeing: string[] = [];
  // Counted per sentence, as the page counts its reports: two triggers of one sentence are one report.
  for (const { articleIndex: a, reports } of reportsBySentence(context, event.reports)) {
    const readings = reports.map((report) => {
      const mention = corpus.analyses[a]?.events[report.event];
      const expression = mention?.time === null || mention?.time === undefined ? undefined : corpus.analyses[a]?.times[mention.time];
      const value = report.date?.value ?? (expression && calendarSpan(expression.value) ? expression.value : null);
      return { mention, expression, value };
    }).filter((r) => r.value !== null);
    if (readings.length === 0) continue;
    dated++;
    const agrees = readings.find((r) => r.value === event.date!.value && r.expression);
    if (!agrees) continue;
    const borrowed = agrees.mention!.timeBasis === 'nearest' ? ' (taken from an earlier sentence: inferred)' : '';
    agreeing.push(`${TIME_BASIS[agrees.expression!.basis].label}, ${timelineExplanation(agrees.expression!, corpus.articles[a]!)}${borrowed}`);
  }
  const of = `${agreeing.length} of ${dated} dated ${dated === 1 ? 'report' : 'reports'}`;
  if (agreeing.length === 0) return `Chosen by the event grouping; no report states it as such (${dated} dated).`;
  const how = [...new Set(agreeing)].join('; ');
  return `Given by ${of}: ${how}.`;
}
