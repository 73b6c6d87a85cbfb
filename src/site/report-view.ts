/**
 * One report of an event, as a card of the event page: outlet, date as reported, figures, places,
 * and the sentence. Reports in the same sentence make one card with every trigger marked.
 */
import type { EventMention, Participant } from '../model.ts';
import { MODALITY_LABELS } from './event-labels.ts';
import { figureView } from './figure-view.ts';
import { participantView } from './participant-view.ts';
import { reportDate } from './report-date.ts';
import type { SentenceReports } from './report-groups.ts';
import type { SiteContext } from './site-context.ts';
import type { EventReportView, ParticipantView } from './view-models.ts';

export function reportView(context: SiteContext, group: SentenceReports): EventReportView | null {
  const { corpus, urls } = context;
  const a = group.articleIndex;
  const analysis = corpus.analyses[a];
  if (!analysis) return null;
  const mentions = group.reports.flatMap((r) => analysis.events[r.event] ?? []);
  const first = mentions[0];
  if (!first) return null;
  const article = context.articleLink(a);
  const slug = corpus.articles[a]!.slug;
  const planned = group.reports.some((r) => r.planned);
  const modality = planned && first.modality === 'asserted' ? MODALITY_LABELS.future : MODALITY_LABELS[first.modality];
  const dated = mentions.find((m) => m.time !== null) ?? first;
  const figures = [...new Set(group.reports.flatMap((r) => r.figures))].sort((x, y) => x - y);
  const participants = (pick: (m: EventMention) => readonly Participant[]): ParticipantView[] => {
    const seen = new Set<string>();
    return mentions.flatMap(pick).filter((p) => !seen.has(p.text) && seen.add(p.text)).map((p) => participantView(context, a, p));
  };
  return {
    article,
    outlet: article.source ?? article.text,
    outletKnown: article.source !== null,
    trigger: [...new Set(mentions.map((m) => m.trigger))].join(', '),
    modality,
    date: reportDate(context, a, dated),
    agents: participants((m) => m.agents),
    targets: participants((m) => m.targets),
    places: participants((m) => m.places),
    figures: figures.flatMap((f) => {
      const figure = analysis.figures[f];
      return figure ? [figureView(figure, urls.href(urls.sentence(slug, figure.sentence)))] : [];
    }),
    sentence: context.sentenceQuote(a, group.sentence, mentions),
  };
}
