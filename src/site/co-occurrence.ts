/**
 * How often two actors appear together: in the same sentence (counted per sentence) and in the
 * same article (counted per article). Symmetric; an actor never co-occurs with itself.
 */
import type { Corpus, EntityId } from '../model.ts';

export type PairCounts = ReadonlyMap<EntityId, ReadonlyMap<EntityId, number>>;

export interface CoOccurrence {
  readonly sameSentence: PairCounts;
  readonly sameArticle: PairCounts;
}

export function coOccurrence(corpus: Corpus): CoOccurrence {
  const sameSentence = new Map<EntityId, Map<EntityId, number>>();
  const sameArticle = new Map<EntityId, Map<EntityId, number>>();
  corpus.analyses.forEach((analysis, a) => {
    const ids = corpus.mentionEntities[a] ?? [];
    const bySentence = new Map<number, Set<EntityId>>();
    analysis.mentions.forEach((mention, m) => {
      const id = ids[m];
      if (id === undefined) return;
      const set = bySentence.get(mention.sentence) ?? new Set();
      set.add(id);
      bySentence.set(mention.sentence, set);
    });
    for (const set of bySentence.values()) countPairs(sameSentence, set);
    countPairs(sameArticle, new Set(ids));
  });
  return { sameSentence, sameArticle };
}

function countPairs(counts: Map<EntityId, Map<EntityId, number>>, ids: ReadonlySet<EntityId>): void {
  for (const a of ids) {
    for (const b of ids) {
      if (a === b) continue;
      const row = counts.get(a) ?? new Map<EntityId, number>();
      row.set(b, (row.get(b) ?? 0) + 1);
      counts.set(a, row);
    }
  }
}
