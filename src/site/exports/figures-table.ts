/** figures.csv: one row per numeric claim, article by article in text order. */
import type { Figure } from '../../model.ts';
import type { SiteContext } from '../site-context.ts';
import { eventReports } from './event-reports.ts';
import { exportTable, joinList, type Column, type ExportTable } from './export-table.ts';
import { locationColumns, sentencePageColumn, type Located } from './located-columns.ts';

interface FigureRow extends Located {
  readonly figure: Figure;
  readonly events: readonly string[];
}

export function figuresTable(context: SiteContext): ExportTable {
  const reports = eventReports(context.corpus);
  const columns: Column<FigureRow>[] = [
    ...locationColumns<FigureRow>(context, 'the number'),
    { key: 'value', meaning: 'the number; empty for a vague amount (“dozens”)', value: (row) => row.figure.value },
    { key: 'unit', meaning: 'what it counts (killed, wounded, troops, money, percent …)', value: (row) => row.figure.unit },
    { key: 'qualifier', meaning: 'hedge stated with it (about, more than, at least, up to, dozens …)', value: (row) => row.figure.qualifier },
    { key: 'text', meaning: 'the number as written (“2,500”, “three”)', value: (row) => row.figure.text },
    { key: 'noun', meaning: 'the counted noun as written (“soldiers”), when there is one', value: (row) => row.figure.noun ?? null },
    { key: 'category', meaning: 'casualties, hostages, troops, targets, attacks, money or other', value: (row) => row.figure.category },
    { key: 'event', meaning: 'ids of the events it is attached to (events.csv), joined with |', value: (row) => joinList(row.events) },
    sentencePageColumn<FigureRow>(context),
  ];
  const rows = context.corpus.analyses.flatMap((analysis, articleIndex) =>
    analysis.figures.map((figure, index): FigureRow => ({
      articleIndex, sentence: figure.sentence, start: figure.start, end: figure.end, figure,
      events: reports.eventsOfFigure(analysis.articleId, index),
    })),
  );
  return exportTable(
    { name: 'figures', title: 'Figures', description: 'One row per numeric claim (casualties, troops, money …), article by article in text order.' },
    columns,
    rows,
  );
}
