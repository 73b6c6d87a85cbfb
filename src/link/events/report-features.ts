/**
 * What clustering compares about one event mention: its date, its participants as resolved
 * actors (by role), the actors of its sentence (weaker evidence: roles are often missed), and
 * the figures attached to it.
 */
import type { Analysis, ArticleId, EntityId, EventMention, Figure, Participant } from '../../model.ts';
import { reportDate, type ReportDate } from './event-date.ts';
import { reportFigures } from './report-figures.ts';

export interface ReportFeatures {
  readonly articleIndex: number;
  readonly articleId: ArticleId;
  /** Index into the article's `Analysis.events`. */
  readonly event: number;
  readonly mention: EventMention;
  /** Reported as planned or expected (modality `future`), not as happened. */
  readonly planned: boolean;
  readonly date: ReportDate | null;
  /** The article's publication date (ISO day), when known. */
  readonly published?: string | null;
  readonly agents: ReadonlySet<EntityId>;
  readonly targets: ReadonlySet<EntityId>;
  readonly places: ReadonlySet<EntityId>;
  readonly sentenceActors: ReadonlySet<EntityId>;
  /** The places named in its sentence: where it happened, more often than not. */
  readonly sentencePlaces: ReadonlySet<EntityId>;
  /** Indices into the article's `Analysis.figures`. */
  readonly figures: readonly number[];
  readonly figureValues: readonly Figure[];
  /** For a report that only continues an incident told just before ("the drone, which also wounded …"): the event index of that incident (events/anaphor.ts). */
  readonly antecedent?: number;
}

/**
 * A name that only modifies the participant: its backer or base ("a Zembla-backed militia",
 * "a Lima-based firm"). "-led" and "-run" stay: they name who did it.
 */
const MODIFIER_SUFFIX = /^[-\u2010\u2011](?:backed|aligned|linked|allied|supported|funded|sponsored|based|affiliated|leaning|friendly|made)\b/i;

/** Every actor named inside a participant's span ("Chilean army chief Ana Soto": Chile and Soto), but not a backer. */
export function participantActors(p: Participant, analysis: Analysis, entities: readonly EntityId[], text: string): Set<EntityId> {
  const out = new Set<EntityId>();
  const modifierOnly = (m: { readonly end: number }): boolean => MODIFIER_SUFFIX.test(text.slice(m.end, m.end + 14));
  const named = p.mention === undefined ? undefined : analysis.mentions[p.mention];
  const id = p.mention === undefined ? undefined : entities[p.mention];
  if (id && named && !modifierOnly(named)) out.add(id);
  analysis.mentions.forEach((m, i) => {
    const inside = entities[i];
    if (inside && m.start >= p.start && m.end <= p.end && !modifierOnly(m)) out.add(inside);
  });
  return out;
}

function actors(participants: readonly Participant[], analysis: Analysis, entities: readonly EntityId[], text: string): Set<EntityId> {
  return new Set(participants.flatMap((p) => [...participantActors(p, analysis, entities, text)]));
}

export function reportFeatures(
  articleIndex: number,
  analysis: Analysis,
  mentionEntities: readonly EntityId[],
  published: string | null,
  event: number,
  figures: readonly number[],
  /** The article's text: what follows a name tells a backer ("X-backed") from an actor. */
  text: string,
): ReportFeatures {
  const mention = analysis.events[event] as EventMention;
  const sentenceActors = new Set<EntityId>();
  const sentencePlaces = new Set<EntityId>();
  analysis.mentions.forEach((m, i) => {
    const id = mentionEntities[i];
    if (m.sentence !== mention.sentence || !id) return;
    sentenceActors.add(id);
    if (m.type === 'place') sentencePlaces.add(id);
  });
  return {
    articleIndex,
    articleId: analysis.articleId,
    event,
    mention,
    planned: mention.modality === 'future',
    date: reportDate(mention, analysis.times, published, analysis.events),
    published,
    agents: actors(mention.agents, analysis, mentionEntities, text),
    targets: actors(mention.targets, analysis, mentionEntities, text),
    places: actors(mention.places, analysis, mentionEntities, text),
    sentenceActors,
    sentencePlaces,
    figures,
    figureValues: reportFigures(figures.map((f) => analysis.figures[f] as Figure), mention.type),
  };
}
