/** Corpus → every table of the data export, in the order the data page lists them. */
import type { SiteContext } from '../site-context.ts';
import { actorsTable } from './actors-table.ts';
import { articlesTable } from './articles-table.ts';
import { eventsTable } from './events-table.ts';
import type { ExportTable } from './export-table.ts';
import { figuresTable } from './figures-table.ts';
import { mentionsTable } from './mentions-table.ts';
import { quotesTable } from './quotes-table.ts';
import { timelineTable } from './timeline-table.ts';

export function exportTables(context: SiteContext): ExportTable[] {
  return [articlesTable, actorsTable, mentionsTable, eventsTable, quotesTable, figuresTable, timelineTable].map((table) => table(context));
}
