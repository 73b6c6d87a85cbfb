/** mentions.csv: one row per entity mention, article by article in text order. */
import type { Mention } from '../../model.ts';
import type { SiteContext } from '../site-context.ts';
import { exportTable, type Column, type ExportTable } from './export-table.ts';
import { actorOfMention, locationColumns, type Located } from './located-columns.ts';

interface MentionRow extends Located {
  readonly mention: Mention;
  readonly index: number;
}

export function mentionsTable(context: SiteContext): ExportTable {
  const columns: Column<MentionRow>[] = [
    ...locationColumns<MentionRow>(context, 'the mention'),
    { key: 'text', meaning: 'the mention as written', value: (row) => row.mention.text },
    { key: 'type', meaning: 'person, organization, group or place, as read in this sentence', value: (row) => row.mention.type },
    { key: 'actor', meaning: 'id of the actor it resolved to (actors.csv)', value: (row) => actorOfMention(context, row.articleIndex, row.index) },
  ];
  const rows = context.corpus.analyses.flatMap((analysis, articleIndex) =>
    analysis.mentions.map((mention, index): MentionRow => ({
      articleIndex, sentence: mention.sentence, start: mention.start, end: mention.end, mention, index,
    })),
  );
  return exportTable(
    { name: 'mentions', title: 'Mentions', description: 'One row per mention of an actor, article by article in text order.' },
    columns,
    rows,
  );
}
