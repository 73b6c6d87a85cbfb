/**
 * A Corpus reduced to what the graph reads: per article, the actors named in each sentence and
 * the events (agents → targets as actor ids). Texts and offsets are placeholders.
 */
import type { Analysis, Corpus, Entity, EntityId, EntityType, EventMention, EventModality, EventType, Mention } from '../../../src/model.ts';

export interface MiniArticle {
  /** For each sentence, the actor ids named in it (an id may repeat). */
  readonly sentences: readonly (readonly string[])[];
  readonly events?: readonly { type: EventType; agents: string[]; targets: string[]; modality?: EventModality; sentence?: number }[];
}

export function miniCorpus(actors: Readonly<Record<string, EntityType>>, articles: readonly MiniArticle[]): Corpus {
  const mentionCount = new Map<string, number>();
  const analyses: Analysis[] = [];
  const mentionEntities: EntityId[][] = [];
  articles.forEach((article, a) => {
    const mentions: Mention[] = [];
    const ids: EntityId[] = [];
    const firstMention = new Map<string, number>();
    article.sentences.forEach((names, s) => {
      for (const name of names) {
        if (!firstMention.has(name)) firstMention.set(name, mentions.length);
        mentions.push({ start: 0, end: 1, text: name, type: actors[name] ?? 'person', sentence: s, name, evidence: [] });
        ids.push(name as EntityId);
        mentionCount.set(name, (mentionCount.get(name) ?? 0) + 1);
      }
    });
    const participant = (name: string) => ({ start: 0, end: 1, text: name, mention: firstMention.get(name) });
    const events: EventMention[] = (article.events ?? []).map((e) => ({
      start: 0, end: 1, type: e.type, trigger: e.type, sentence: e.sentence ?? 0, modality: e.modality ?? 'asserted',
      agents: e.agents.map(participant), targets: e.targets.map(participant), places: [], time: null, timeBasis: null,
    }));
    analyses.push({ articleId: `a${a}` as never, analyzerVersion: 't', sentences: [], mentions, times: [], events, quotes: [], figures: [], diagnostics: [] });
    mentionEntities.push(ids);
  });
  const entities: Entity[] = Object.entries(actors).map(([id, type]) => ({
    id: id as EntityId, slug: id.toLowerCase() as never, name: id, type, typeVotes: { [type]: 1 }, aliases: [],
    mentions: Array.from({ length: mentionCount.get(id) ?? 0 }, () => ({ articleId: 'a0' as never, mention: 0 })), articles: [],
  }));
  return {
    generator: { name: 'newsweave', version: 't' }, articles: [], analyses, mentionEntities, entities,
    events: [], timeline: [], undated: [], diagnostics: [],
  } as unknown as Corpus;
}
