/**
 * The columns every analysis table shares: which article and sentence an item is in, the sentence's
 * offsets, the item's own offsets (UTF-16 indices into the article's text, end exclusive), and the
 * link to its sentence on the site.
 */
import type { EntityId } from '../../model.ts';
import type { SiteContext } from '../site-context.ts';
import type { Column } from './export-table.ts';

/** An item found in one sentence of one article (a mention, a quote, an event trigger …). */
export interface Located {
  /** Index of the article in `Corpus.articles`. */
  readonly articleIndex: number;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

/** article, sentence, sentence_start, sentence_end, start, end. `what` names the item ("the mention"). */
export function locationColumns<R extends Located>(context: SiteContext, what: string): Column<R>[] {
  const { corpus } = context;
  const sentenceOf = (row: R) => corpus.analyses[row.articleIndex]?.sentences[row.sentence];
  return [
    { key: 'article', meaning: 'id of the article (articles.csv)', value: (row) => corpus.articles[row.articleIndex]?.id ?? null },
    {
      key: 'sentence',
      meaning: 'index of the sentence in the article, from 0 (its page anchor is #s- followed by index + 1)',
      value: (row) => row.sentence,
    },
    { key: 'sentence_start', meaning: 'offset of the sentence’s first character', value: (row) => sentenceOf(row)?.start ?? null },
    { key: 'sentence_end', meaning: 'offset just after the sentence’s last character', value: (row) => sentenceOf(row)?.end ?? null },
    { key: 'start', meaning: `offset of ${what}’s first character`, value: (row) => row.start },
    { key: 'end', meaning: `offset just after ${what}’s last character`, value: (row) => row.end },
  ];
}

/** page: the sentence on the site (`/articles/<slug>/#s-N`, under the site's path prefix). */
export function sentencePageColumn<R extends Located>(context: SiteContext): Column<R> {
  const { corpus, urls } = context;
  return {
    key: 'page',
    meaning: 'the sentence on this site',
    value: (row) => {
      const article = corpus.articles[row.articleIndex];
      return article ? urls.href(urls.sentence(article.slug, row.sentence)) : null;
    },
  };
}

/** The actor a mention of an article resolved to, or null. */
export function actorOfMention(context: SiteContext, articleIndex: number, mention: number | undefined): EntityId | null {
  if (mention === undefined) return null;
  return context.corpus.mentionEntities[articleIndex]?.[mention] ?? null;
}
