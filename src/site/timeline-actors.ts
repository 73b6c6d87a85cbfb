/**
 * The actors a timeline item is about: those mentioned in the item's sentence. Also the actor
 * filter's options, counted over the items.
 */
import type { Corpus, Entity } from '../model.ts';
import { compareText } from './actor-groups.ts';
import type { TimelineActorOption } from './view-models.ts';

/** What the filter needs of an actor. */
export type ActorRef = Pick<Entity, 'slug' | 'name'>;

/** Actors of one sentence of one article (by corpus position), in order of first mention. */
export type SentenceActors = (articleIndex: number, sentence: number) => readonly Entity[];

/** Indexes each article's mentions by sentence on first use, so a big timeline costs one pass per article. */
export function sentenceActors(corpus: Corpus, entityById: ReadonlyMap<string, Entity>): SentenceActors {
  const byArticle = new Map<number, Map<number, Entity[]>>();
  const indexArticle = (a: number): Map<number, Entity[]> => {
    const bySentence = new Map<number, Entity[]>();
    const mentions = corpus.analyses[a]?.mentions ?? [];
    const entities = corpus.mentionEntities[a] ?? [];
    mentions.forEach((mention, m) => {
      const entity = entityById.get(entities[m] ?? '');
      if (!entity) return;
      const list = bySentence.get(mention.sentence) ?? [];
      if (!list.includes(entity)) list.push(entity);
      bySentence.set(mention.sentence, list);
    });
    return bySentence;
  };
  return (a, sentence) => {
    let bySentence = byArticle.get(a);
    if (!bySentence) {
      bySentence = indexArticle(a);
      byArticle.set(a, bySentence);
    }
    return bySentence.get(sentence) ?? [];
  };
}

/** Every actor of the items with how many items it appears in: most first, then by name. */
export function actorOptions(itemActors: readonly (readonly ActorRef[])[]): TimelineActorOption[] {
  const counts = new Map<ActorRef, number>();
  for (const actors of itemActors) {
    for (const actor of actors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  return [...counts]
    .sort(([x, cx], [y, cy]) => cy - cx || compareText(x.name, y.name) || compareText(x.slug, y.slug))
    .map(([actor, count]) => ({ slug: actor.slug, name: actor.name, count }));
}
