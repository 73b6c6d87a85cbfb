/**
 * An article's sidebar lists: every event mention (with its modality, linked to its event page
 * when it was grouped into one, always to its sentence), every quote with its speaker, every figure.
 */
import { EVENT_TYPE_LABELS, MODALITY_LABELS } from './event-labels.ts';
import { eventLookup } from './event-lookup.ts';
import { eventSummary } from './event-summary.ts';
import { figureView } from './figure-view.ts';
import { speakerView } from './speaker-view.ts';
import type { SiteContext } from './site-context.ts';
import { sentenceFragment } from './site-urls.ts';
import type { ArticleEvent, ArticleQuote, FigureView } from './view-models.ts';

export function articleEvents(context: SiteContext, articleIndex: number): ArticleEvent[] {
  const lookup = eventLookup(context);
  const mentions = context.corpus.analyses[articleIndex]?.events ?? [];
  return mentions.map((mention, e) => {
    const event = lookup.eventOf(articleIndex, e);
    return {
      trigger: mention.trigger,
      typeLabel: EVENT_TYPE_LABELS[mention.type],
      modality: MODALITY_LABELS[mention.modality],
      event: event ? eventSummary(context, event) : null,
      sentenceHref: sentenceFragment(mention.sentence),
      sentenceNumber: mention.sentence + 1,
    };
  });
}

export function articleQuotes(context: SiteContext, articleIndex: number): ArticleQuote[] {
  const quotes = context.corpus.analyses[articleIndex]?.quotes ?? [];
  return quotes.map((quote) => ({
    text: quote.text,
    speaker: quote.speaker ? speakerView(context, articleIndex, quote.speaker) : null,
    sentenceHref: sentenceFragment(quote.sentence),
    sentenceNumber: quote.sentence + 1,
  }));
}

export function articleFigures(context: SiteContext, articleIndex: number): FigureView[] {
  const figures = context.corpus.analyses[articleIndex]?.figures ?? [];
  return figures.map((figure) => figureView(figure, sentenceFragment(figure.sentence)));
}
