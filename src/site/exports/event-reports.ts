/**
 * Which corpus-level events each event mention reports, so the exports can write one row per report.
 * A mention in no cluster maps to nothing (the exports still list it, with an empty event id).
 */
import type { ArticleId, Corpus, Event, EventReport } from '../../model.ts';

export interface ReportOf {
  readonly event: Event;
  readonly report: EventReport;
}

export interface EventReports {
  /** The reports of the mention `event` of an article, in `Corpus.events` order. */
  reportsOf(articleId: ArticleId, event: number): readonly ReportOf[];
  /** Ids of the events a figure of an article is attached to (through `EventReport.figures`). */
  eventsOfFigure(articleId: ArticleId, figure: number): readonly string[];
}

export function eventReports(corpus: Corpus): EventReports {
  const byMention = new Map<string, ReportOf[]>();
  const byFigure = new Map<string, string[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const event of corpus.events) {
    for (const report of event.reports) {
      add(byMention, keyOf(report.articleId, report.event), { event, report });
      for (const figure of report.figures) {
        const key = keyOf(report.articleId, figure);
        if (!byFigure.get(key)?.includes(event.id)) add(byFigure, key, event.id as string);
      }
    }
  }
  return {
    reportsOf: (articleId, event) => byMention.get(keyOf(articleId, event)) ?? [],
    eventsOfFigure: (articleId, figure) => byFigure.get(keyOf(articleId, figure)) ?? [],
  };
}

function keyOf(articleId: string, index: number): string {
  return `${articleId}\u0000${index}`;
}
