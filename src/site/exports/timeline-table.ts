/** timeline.csv: one row per dated time expression, in timeline order (as on the timeline page). */
import type { TimeExpression, TimelineItem } from '../../model.ts';
import type { SiteContext } from '../site-context.ts';
import { exportTable, type Column, type ExportTable } from './export-table.ts';
import { locationColumns, sentencePageColumn, type Located } from './located-columns.ts';

interface TimelineRow extends Located {
  readonly item: TimelineItem;
  readonly expression: TimeExpression;
}

export function timelineTable(context: SiteContext): ExportTable {
  const { corpus, articleIndex } = context;
  const columns: Column<TimelineRow>[] = [
    { key: 'value', meaning: 'the resolved date (TIMEX3 value: 2024-01-28, 2024-W05, 2024-01 …)', value: (row) => row.item.value },
    { key: 'precision', meaning: 'how fine the value is (time, day, week, month, quarter, season, year …)', value: (row) => row.item.precision },
    { key: 'from', meaning: 'first calendar day the value covers (YYYY-MM-DD)', value: (row) => row.item.from },
    { key: 'to', meaning: 'last calendar day the value covers (YYYY-MM-DD)', value: (row) => row.item.to },
    ...locationColumns<TimelineRow>(context, 'the time expression'),
    { key: 'text', meaning: 'the time expression as written (“last Friday”)', value: (row) => row.expression.text },
    {
      key: 'basis',
      meaning: 'how the value was resolved: stated, relative (to the publication date), year-inferred, vague or unresolved',
      value: (row) => row.expression.basis,
    },
    { key: 'explanation', meaning: 'the resolution in words', value: (row) => row.expression.explanation },
    sentencePageColumn<TimelineRow>(context),
  ];
  const rows = corpus.timeline.flatMap((item): TimelineRow[] => {
    const a = articleIndex.get(item.articleId);
    const expression = a === undefined ? undefined : corpus.analyses[a]?.times[item.time];
    if (a === undefined || !expression) return [];
    return [{ articleIndex: a, sentence: item.sentence, start: expression.start, end: expression.end, item, expression }];
  });
  return exportTable(
    { name: 'timeline', title: 'Timeline', description: 'One row per dated time expression, in the order of the timeline page.' },
    columns,
    rows,
  );
}
