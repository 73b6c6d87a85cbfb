/** A participant or place of an event mention, as written, linked to its actor when it is a mention of one. */
import type { EntityId, Participant } from '../model.ts';
import type { SiteContext } from './site-context.ts';
import type { ActorLink, ParticipantView } from './view-models.ts';

export function participantView(context: SiteContext, articleIndex: number, participant: Participant): ParticipantView {
  return { text: participant.text, actor: mentionActor(context, articleIndex, participant.mention) };
}

/** The actor a mention (index into the article's mentions) resolved to, if any. */
export function mentionActor(context: SiteContext, articleIndex: number, mention: number | undefined): ActorLink | null {
  if (mention === undefined) return null;
  const id = context.corpus.mentionEntities[articleIndex]?.[mention];
  return id === undefined ? null : context.actorLink(id as EntityId);
}
