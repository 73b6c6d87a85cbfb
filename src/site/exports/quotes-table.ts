/** quotes.csv: one row per direct quotation, article by article in text order. */
import type { Quote } from '../../model.ts';
import type { SiteContext } from '../site-context.ts';
import { exportTable, type Column, type ExportTable } from './export-table.ts';
import { actorOfMention, locationColumns, sentencePageColumn, type Located } from './located-columns.ts';

interface QuoteRow extends Located {
  readonly quote: Quote;
}

export function quotesTable(context: SiteContext): ExportTable {
  const columns: Column<QuoteRow>[] = [
    ...locationColumns<QuoteRow>(context, 'the quoted words'),
    { key: 'speaker', meaning: 'who said it, as written at the attribution; empty when the text does not say', value: (row) => row.quote.speaker?.text ?? null },
    {
      key: 'speaker_actor',
      meaning: 'id of the actor the speaker resolved to',
      value: (row) => actorOfMention(context, row.articleIndex, row.quote.speaker?.mention),
    },
    {
      key: 'speaker_via',
      meaning: 'how the speaker was found (said-after, said-before, according-to, statement, pronoun, previous-speaker, nearest-person)',
      value: (row) => row.quote.speaker?.via ?? null,
    },
    { key: 'quote', meaning: 'the quoted words, without the quote marks', value: (row) => row.quote.text },
    sentencePageColumn<QuoteRow>(context),
  ];
  const rows = context.corpus.analyses.flatMap((analysis, articleIndex) =>
    analysis.quotes.map((quote): QuoteRow => ({ articleIndex, sentence: quote.sentence, start: quote.start, end: quote.end, quote })),
  );
  return exportTable(
    { name: 'quotes', title: 'Quotes', description: 'One row per direct quotation, with its speaker, article by article in text order.' },
    columns,
    rows,
  );
}
