/**
 * Reports of one event grouped by the sentence they stand in: a sentence that reports an event with
 * two triggers ("killed … in a strike") is one report for a reader, not two.
 */
import type { EventReport } from '../model.ts';
import type { SiteContext } from './site-context.ts';

export interface SentenceReports {
  readonly articleIndex: number;
  readonly sentence: number;
  /** The reports in the sentence, in corpus order. */
  readonly reports: readonly EventReport[];
}

export function reportsBySentence(context: SiteContext, reports: readonly EventReport[]): SentenceReports[] {
  const groups = new Map<string, { articleIndex: number; sentence: number; reports: EventReport[] }>();
  for (const report of reports) {
    const a = context.articleIndex.get(report.articleId);
    const mention = a === undefined ? undefined : context.corpus.analyses[a]?.events[report.event];
    if (a === undefined || !mention) continue;
    const key = `${a}:${mention.sentence}`;
    const group = groups.get(key) ?? { articleIndex: a, sentence: mention.sentence, reports: [] };
    group.reports.push(report);
    groups.set(key, group);
  }
  return [...groups.values()];
}
