/**
 * Assembles the corpus timeline: every dated time expression (type date or time) whose
 * value covers a calendar span becomes a TimelineItem; vague references and values that
 * cannot be placed (PAST_REF, XXXX-01-28) are listed as undated. Durations and sets are
 * neither: they say how long or how often, not when.
 */
import type { Analysis, Article, ArticleId, TimelineItem } from '../model.ts';
import { calendarSpan } from '../time/calendar.ts';

export interface BuiltTimeline {
  readonly timeline: TimelineItem[];
  readonly undated: { articleId: ArticleId; time: number }[];
}

const PRECISION_RANK: Readonly<Record<TimelineItem['precision'], number>> = {
  time: 0, day: 1, week: 2, month: 3, quarter: 4, season: 5, year: 6, decade: 7, century: 8,
};

/** Sorted by first day, then finer precision first, then article id, then text position. */
function compareItems(a: TimelineItem & { start: number }, b: TimelineItem & { start: number }): number {
  return (
    a.from.localeCompare(b.from) ||
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
    (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) ||
    a.start - b.start
  );
}

/** `articles` is accepted for the corpus-stage signature; the order comes from the values. */
export function buildTimeline(_articles: readonly Article[], analyses: readonly Analysis[]): BuiltTimeline {
  const items: (TimelineItem & { start: number })[] = [];
  const undated: { articleId: ArticleId; time: number }[] = [];
  for (const analysis of analyses) {
    analysis.times.forEach((time, index) => {
      if (time.type !== 'date' && time.type !== 'time') return;
      const span = calendarSpan(time.value);
      if (!span) {
        undated.push({ articleId: analysis.articleId, time: index });
        return;
      }
      items.push({
        articleId: analysis.articleId,
        time: index,
        value: time.value,
        precision: span.precision,
        from: span.from,
        to: span.to,
        sentence: time.sentence,
        start: time.start,
      });
    });
  }
  const timeline = items.sort(compareItems).map(({ start: _start, ...item }) => item);
  return { timeline, undated };
}
