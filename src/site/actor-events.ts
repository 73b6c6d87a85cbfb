/** An actor's quotes (with their sentences) and the events it takes part in, by role. */
import type { Entity } from '../model.ts';
import { INFERRED_SPEAKER, SPEAKER_VIA_LABELS } from './event-labels.ts';
import { eventLookup } from './event-lookup.ts';
import { eventSummary } from './event-summary.ts';
import type { SiteContext } from './site-context.ts';
import type { ActorEvents, ActorQuote } from './view-models.ts';

/** Quotes whose speaker resolved to the actor, in corpus and text order. */
export function actorQuotes(context: SiteContext, entity: Entity): ActorQuote[] {
  const { corpus } = context;
  return corpus.analyses.flatMap((analysis, a) =>
    analysis.quotes.flatMap((quote): ActorQuote[] => {
      const mention = quote.speaker?.mention;
      if (!quote.speaker || mention === undefined || corpus.mentionEntities[a]?.[mention] !== entity.id) return [];
      return [{
        text: quote.text,
        via: SPEAKER_VIA_LABELS[quote.speaker.via],
        inferred: INFERRED_SPEAKER.has(quote.speaker.via),
        article: context.articleLink(a),
        sentence: context.sentenceQuote(a, quote.sentence, [quote]),
      }];
    }),
  );
}

export function actorEvents(context: SiteContext, entity: Entity): ActorEvents {
  const roles = eventLookup(context).roles(entity.id);
  const summaries = (events: typeof roles.asAgent) => events.map((event) => eventSummary(context, event));
  return { asAgent: summaries(roles.asAgent), asTarget: summaries(roles.asTarget), atPlace: summaries(roles.atPlace) };
}
