/**
 * Corpus → actor graph. Two kinds of edge:
 * - co-occurrence: two actors named in the same sentence (undirected; weight = such sentences);
 * - interaction: an asserted event whose agent and target are both actors (directed agent →
 *   target; weight = event mentions, with a count per event type).
 * Negated, hypothetical and future events are left out: they say nobody acted on anybody.
 */
import type { Corpus, EntityId, EntityType, EventType, Participant } from '../../model.ts';
import { compareText } from '../actor-groups.ts';

export interface GraphNode {
  readonly id: EntityId;
  readonly name: string;
  readonly slug: string;
  readonly type: EntityType;
  readonly mentions: number;
}

export interface CoOccurrenceEdge {
  readonly kind: 'co-occurrence';
  /** The smaller id of the pair (the edge has no direction). */
  readonly source: EntityId;
  readonly target: EntityId;
  readonly weight: number;
}

export interface InteractionEdge {
  readonly kind: 'interaction';
  /** The agent. */
  readonly source: EntityId;
  /** The one acted on. */
  readonly target: EntityId;
  readonly weight: number;
  /** Event types with their counts, most frequent first. */
  readonly types: readonly { readonly type: EventType; readonly count: number }[];
}

export type GraphEdge = CoOccurrenceEdge | InteractionEdge;

export interface ActorGraph {
  /** Most mentioned first (ties by name, then id). */
  readonly nodes: readonly GraphNode[];
  /** Co-occurrence edges first, then interactions; each kind ordered by source, target. */
  readonly edges: readonly GraphEdge[];
}

export function actorGraph(corpus: Corpus): ActorGraph {
  const nodes = corpus.entities
    .map((e): GraphNode => ({ id: e.id, name: e.name, slug: e.slug, type: e.type, mentions: e.mentions.length }))
    .sort(byMentions);
  const known = new Set<EntityId>(nodes.map((n) => n.id));
  const together = new Map<string, number>();
  const acts = new Map<string, Map<EventType, number>>();

  corpus.analyses.forEach((analysis, a) => {
    const ids = corpus.mentionEntities[a] ?? [];
    const bySentence = new Map<number, Set<EntityId>>();
    analysis.mentions.forEach((mention, m) => {
      const id = ids[m];
      if (id === undefined || !known.has(id)) return;
      bySentence.set(mention.sentence, (bySentence.get(mention.sentence) ?? new Set()).add(id));
    });
    for (const set of bySentence.values()) {
      const sorted = [...set].sort(compareText);
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) increment(together, pairKey(sorted[i]!, sorted[j]!));
      }
    }
    const entityOf = (p: Participant): EntityId | undefined => {
      const id = p.mention === undefined ? undefined : ids[p.mention];
      return id !== undefined && known.has(id) ? id : undefined;
    };
    for (const event of analysis.events) {
      if (event.modality !== 'asserted') continue;
      // One event counts once per (agent, target) even if a participant repeats.
      const agents = new Set(event.agents.flatMap((p) => entityOf(p) ?? []));
      const targets = new Set(event.targets.flatMap((p) => entityOf(p) ?? []));
      for (const agent of agents) {
        for (const target of targets) {
          if (agent === target) continue;
          const key = pairKey(agent, target);
          const types = acts.get(key) ?? new Map<EventType, number>();
          types.set(event.type, (types.get(event.type) ?? 0) + 1);
          acts.set(key, types);
        }
      }
    }
  });

  const coEdges = [...together].map(([key, weight]): CoOccurrenceEdge => {
    const [source, target] = splitKey(key);
    return { kind: 'co-occurrence', source, target, weight };
  });
  const actEdges = [...acts].map(([key, types]): InteractionEdge => {
    const [source, target] = splitKey(key);
    const list = [...types]
      .map(([type, count]) => ({ type, count }))
      .sort((x, y) => y.count - x.count || compareText(x.type, y.type));
    return { kind: 'interaction', source, target, weight: list.reduce((n, t) => n + t.count, 0), types: list };
  });
  return { nodes, edges: [...coEdges.sort(byEnds), ...actEdges.sort(byEnds)] };
}

export function byMentions(a: GraphNode, b: GraphNode): number {
  return b.mentions - a.mentions || compareText(a.name, b.name) || compareText(a.id, b.id);
}

function byEnds(a: GraphEdge, b: GraphEdge): number {
  return compareText(a.source, b.source) || compareText(a.target, b.target);
}

// Entity ids never contain a NUL, so it separates the two ends safely.
function pairKey(a: EntityId, b: EntityId): string {
  return `${a}\u0000${b}`;
}

function splitKey(key: string): [EntityId, EntityId] {
  const [a, b] = key.split('\u0000');
  return [a as EntityId, b as EntityId];
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
