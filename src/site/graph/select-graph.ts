/**
 * Parts of the actor graph small enough to draw: the most mentioned actors, or one actor with
 * its closest neighbours. Edges are kept only between kept nodes.
 */
import type { EntityId } from '../../model.ts';
import { compareText } from '../actor-groups.ts';
import type { ActorGraph, GraphNode } from './actor-graph.ts';

/** The `n` most mentioned actors (the graph's nodes are already in that order). */
export function topActors(graph: ActorGraph, n: number): ActorGraph {
  return induced(graph, graph.nodes.slice(0, Math.max(0, n)));
}

/**
 * The actor and its `k` strongest neighbours, by total edge weight in both directions and both
 * kinds (ties: more mentions, then name). Null when the actor is not in the graph.
 */
export function neighbourhood(graph: ActorGraph, id: EntityId, k: number): ActorGraph | null {
  const centre = graph.nodes.find((n) => n.id === id);
  if (!centre) return null;
  const strength = new Map<EntityId, number>();
  for (const edge of graph.edges) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : undefined;
    if (other !== undefined) strength.set(other, (strength.get(other) ?? 0) + edge.weight);
  }
  const rank = new Map<EntityId, number>(graph.nodes.map((n, i) => [n.id, i]));
  const neighbours = [...strength.keys()]
    .sort((a, b) => strength.get(b)! - strength.get(a)! || rank.get(a)! - rank.get(b)! || compareText(a, b))
    .slice(0, Math.max(0, k));
  const keep = new Set<EntityId>([id, ...neighbours]);
  return induced(graph, graph.nodes.filter((n) => keep.has(n.id)));
}

function induced(graph: ActorGraph, nodes: readonly GraphNode[]): ActorGraph {
  const keep = new Set<EntityId>(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}
