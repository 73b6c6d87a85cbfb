import { describe, expect, test } from 'vitest';
import { actorGraph } from '../../../src/site/graph/actor-graph.ts';
import { neighbourhood, topActors } from '../../../src/site/graph/select-graph.ts';
import type { EntityId, EntityType } from '../../../src/model.ts';
import { miniCorpus } from './mini-corpus.ts';

const edgesOf = (graph: ReturnType<typeof actorGraph>) =>
  graph.edges.map((e) => (e.kind === 'co-occurrence' ? `${e.source}—${e.target} ${e.weight}` : `${e.source}→${e.target} ${e.weight} ${e.types.map((t) => `${t.type}×${t.count}`).join(',')}`));

describe('co-occurrence edges', () => {
  test.each([
    { name: 'no articles: no nodes, no edges', actors: {}, articles: [], edges: [] },
    { name: 'one actor alone: a node, no edge', actors: { A: 'person' }, articles: [{ sentences: [['A', 'A']] }], edges: [] },
    { name: 'two actors in one sentence', actors: { A: 'person', B: 'place' }, articles: [{ sentences: [['A', 'B']] }], edges: ['A—B 1'] },
    {
      name: 'weight counts sentences, not mentions',
      actors: { A: 'person', B: 'place' },
      articles: [{ sentences: [['A', 'B', 'B'], ['B', 'A'], ['A']] }, { sentences: [['B', 'A']] }],
      edges: ['A—B 3'],
    },
    {
      name: 'same article, different sentences: no edge',
      actors: { A: 'person', B: 'place' },
      articles: [{ sentences: [['A'], ['B']] }],
      edges: [],
    },
    {
      name: 'three in a sentence give three pairs, ordered by id',
      actors: { C: 'person', A: 'person', B: 'group' },
      articles: [{ sentences: [['C', 'B', 'A']] }],
      edges: ['A—B 1', 'A—C 1', 'B—C 1'],
    },
    {
      name: 'disconnected parts stay apart',
      actors: { A: 'person', B: 'person', C: 'place', D: 'place' },
      articles: [{ sentences: [['A', 'B'], ['C', 'D']] }],
      edges: ['A—B 1', 'C—D 1'],
    },
  ] as const)('$name', ({ actors, articles, edges }) => {
    expect(edgesOf(actorGraph(miniCorpus(actors as Record<string, EntityType>, articles)))).toEqual(edges);
  });
});

describe('interaction edges', () => {
  const actors = { A: 'organization', B: 'group', C: 'place' } as const;
  test.each([
    { name: 'agent → target keeps its direction', events: [{ type: 'strike', agents: ['B'], targets: ['A'] }], edges: ['B→A 1 strike×1'] },
    {
      name: 'both directions are two edges',
      events: [{ type: 'attack', agents: ['A'], targets: ['B'] }, { type: 'strike', agents: ['B'], targets: ['A'] }],
      edges: ['A→B 1 attack×1', 'B→A 1 strike×1'],
    },
    {
      name: 'types are counted, most frequent first',
      events: [
        { type: 'strike', agents: ['A'], targets: ['B'] },
        { type: 'attack', agents: ['A'], targets: ['B'] },
        { type: 'strike', agents: ['A'], targets: ['B'] },
      ],
      edges: ['A→B 3 strike×2,attack×1'],
    },
    {
      name: 'negated, hypothetical and future events are no interaction',
      events: [
        { type: 'attack', agents: ['A'], targets: ['B'], modality: 'negated' },
        { type: 'attack', agents: ['A'], targets: ['B'], modality: 'hypothetical' },
        { type: 'attack', agents: ['A'], targets: ['B'], modality: 'future' },
      ],
      edges: [],
    },
    { name: 'an actor acting on itself is no edge', events: [{ type: 'statement', agents: ['A'], targets: ['A'] }], edges: [] },
    {
      name: 'two agents and one target: two edges',
      events: [{ type: 'attack', agents: ['A', 'C'], targets: ['B'] }],
      edges: ['A→B 1 attack×1', 'C→B 1 attack×1'],
    },
  ] as const)('$name', ({ events, edges }) => {
    const corpus = miniCorpus(actors, [{ sentences: [['A'], ['B'], ['C']], events: events.map((e) => ({ ...e, agents: [...e.agents], targets: [...e.targets] })) }]);
    expect(edgesOf(actorGraph(corpus))).toEqual(edges);
  });

  test('a participant without a mention (a described noun phrase) is left out', () => {
    const corpus = miniCorpus(actors, [{ sentences: [['A']], events: [{ type: 'attack', agents: ['A'], targets: ['militants'] }] }]);
    expect(actorGraph(corpus).edges).toEqual([]);
  });
});

describe('selecting part of the graph', () => {
  const corpus = miniCorpus(
    { A: 'person', B: 'person', C: 'place', D: 'place', E: 'group' },
    [{ sentences: [['A', 'A', 'A', 'B'], ['A', 'B'], ['A', 'C'], ['C', 'D'], ['E']] }],
  );
  const graph = actorGraph(corpus);

  test('nodes are ordered by mentions, then name', () => {
    expect(graph.nodes.map((n) => `${n.id}:${n.mentions}`)).toEqual(['A:5', 'B:2', 'C:2', 'D:1', 'E:1']);
  });

  test.each([
    { n: 0, nodes: [], edges: [] },
    { n: 1, nodes: ['A'], edges: [] },
    { n: 3, nodes: ['A', 'B', 'C'], edges: ['A—B 2', 'A—C 1'] },
    { n: 99, nodes: ['A', 'B', 'C', 'D', 'E'], edges: ['A—B 2', 'A—C 1', 'C—D 1'] },
  ])('top $n keeps edges between kept actors only', ({ n, nodes, edges }) => {
    const top = topActors(graph, n);
    expect(top.nodes.map((x) => x.id)).toEqual(nodes);
    expect(edgesOf(top)).toEqual(edges);
  });

  test.each([
    { id: 'A', k: 1, nodes: ['A', 'B'] },
    { id: 'A', k: 12, nodes: ['A', 'B', 'C'] },
    { id: 'C', k: 12, nodes: ['A', 'C', 'D'] },
    { id: 'E', k: 12, nodes: ['E'] },
  ])('neighbourhood of $id (k=$k)', ({ id, k, nodes }) => {
    expect(neighbourhood(graph, id as EntityId, k)!.nodes.map((x) => x.id)).toEqual(nodes);
  });

  test('no neighbourhood for an unknown actor', () => {
    expect(neighbourhood(graph, 'Z' as EntityId, 12)).toBeNull();
  });
});
