/**
 * events.csv: one row per event report. Every event mention of every article is listed, in text
 * order: a mention grouped into a corpus-level event carries that event's id and title (one row per
 * event it reports, should it report several); a mention in no event (all of them while events are
 * not grouped, and every negated, hypothetical or future one) has an empty event id.
 */
import type { EventMention, Participant } from '../../model.ts';
import type { SiteContext } from '../site-context.ts';
import { eventReports, type ReportOf } from './event-reports.ts';
import { exportTable, joinList, type Column, type ExportTable } from './export-table.ts';
import { figureSummary } from './figure-summary.ts';
import { actorOfMention, locationColumns, sentencePageColumn, type Located } from './located-columns.ts';

interface ReportRow extends Located {
  readonly mention: EventMention;
  readonly report: ReportOf | null;
}

export function eventsTable(context: SiteContext): ExportTable {
  const { corpus } = context;
  const reports = eventReports(corpus);
  const timeOf = (row: ReportRow) => (row.mention.time === null ? undefined : corpus.analyses[row.articleIndex]?.times[row.mention.time]);
  const texts = (list: readonly Participant[]) => joinList(list.map((p) => p.text));
  const actors = (row: ReportRow, list: readonly Participant[]) =>
    joinList(list.flatMap((p) => actorOfMention(context, row.articleIndex, p.mention) ?? []));
  const figuresOf = (row: ReportRow) => {
    const figures = corpus.analyses[row.articleIndex]?.figures ?? [];
    return figureSummary(row.report?.report.figures.flatMap((i) => figures[i] ?? []) ?? []);
  };

  const columns: Column<ReportRow>[] = [
    { key: 'event', meaning: 'id of the event this report was grouped into; empty when it is in none', value: (row) => row.report?.event.id ?? null },
    { key: 'event_title', meaning: 'title of that event', value: (row) => row.report?.event.title ?? null },
    {
      key: 'event_page',
      meaning: 'that event’s page on this site, with every report side by side',
      value: (row) => (row.report ? context.urls.href(context.urls.event(row.report.event.slug)) : null),
    },
    {
      key: 'reacts_to',
      meaning: 'for a reaction (one country’s statements about a deed done to it or on its soil): id of the event it answers',
      value: (row) => row.report?.event.reactsTo ?? null,
    },
    { key: 'type', meaning: 'kind of event (attack, strike, killing, arrest, statement …)', value: (row) => row.mention.type },
    { key: 'trigger', meaning: 'the word(s) that report it, as written', value: (row) => row.mention.trigger },
    { key: 'date', meaning: 'the date this report gives it (TIMEX3 value: 2024-01-28, 2024-W05, 2024-01 …); empty when undated', value: (row) => timeOf(row)?.value ?? null },
    { key: 'date_precision', meaning: 'precision of that date (day, week, month, year …)', value: (row) => timeOf(row)?.precision ?? null },
    {
      key: 'date_basis',
      meaning: 'how the date was resolved: stated, relative (to the publication date), year-inferred, vague or unresolved',
      value: (row) => timeOf(row)?.basis ?? null,
    },
    {
      key: 'date_found',
      meaning: 'where the date was found: clause (the event’s own clause or sentence) or nearest (the last date before it in the paragraph)',
      value: (row) => row.mention.timeBasis,
    },
    { key: 'agents', meaning: 'who did it, as written, joined with |', value: (row) => texts(row.mention.agents) },
    { key: 'agent_actors', meaning: 'ids of the agents that are actors, joined with |', value: (row) => actors(row, row.mention.agents) },
    { key: 'targets', meaning: 'who or what it was done to, as written, joined with |', value: (row) => texts(row.mention.targets) },
    { key: 'target_actors', meaning: 'ids of the targets that are actors, joined with |', value: (row) => actors(row, row.mention.targets) },
    { key: 'places', meaning: 'where, as written, joined with |', value: (row) => texts(row.mention.places) },
    { key: 'place_actors', meaning: 'ids of the places that are actors, joined with |', value: (row) => actors(row, row.mention.places) },
    {
      key: 'figures',
      meaning: 'figures the grouping attached to this report, as unit=amount joined with ; (“wounded=more than 40;killed=3”)',
      value: figuresOf,
    },
    { key: 'modality', meaning: 'asserted, negated, hypothetical or future', value: (row) => row.mention.modality },
    ...locationColumns<ReportRow>(context, 'the trigger'),
    sentencePageColumn<ReportRow>(context),
  ];

  const rows = corpus.analyses.flatMap((analysis, articleIndex) =>
    analysis.events.flatMap((mention, index): ReportRow[] => {
      const located = { articleIndex, sentence: mention.sentence, start: mention.start, end: mention.end, mention };
      const of = reports.reportsOf(analysis.articleId, index);
      return of.length === 0 ? [{ ...located, report: null }] : of.map((report) => ({ ...located, report }));
    }),
  );
  return exportTable(
    {
      name: 'events',
      title: 'Events',
      description:
        'One row per event report: every event mention of every article, in text order, with the id of the event it was grouped into (empty when none).',
    },
    columns,
    rows,
  );
}
