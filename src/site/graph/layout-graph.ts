/**
 * Lays an actor graph out at build time with d3-force, deterministically: d3-force 3 starts nodes
 * on a fixed phyllotaxis spiral and draws its jiggle from a fixed-seed LCG; we still pass our own
 * seeded source so a d3 change cannot make it random, run a fixed number of ticks without the
 * timer, and round coordinates to 0.1 so float noise cannot reach the SVG.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { EntityId } from '../../model.ts';
import type { ActorGraph, GraphEdge, GraphNode } from './actor-graph.ts';

export interface LayoutOptions {
  readonly width: number;
  readonly height: number;
  /** Space kept free around the drawing (labels stick out of their circles). */
  readonly margin?: number;
  readonly minRadius?: number;
  readonly maxRadius?: number;
  readonly ticks?: number;
  /** An actor pinned to the middle (the actor of a neighbourhood graph). */
  readonly centre?: EntityId;
}

export interface PlacedNode extends GraphNode {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly GraphEdge[];
}

interface SimNode extends SimulationNodeDatum {
  readonly id: EntityId;
  readonly r: number;
}

export function layoutGraph(graph: ActorGraph, options: LayoutOptions): GraphLayout {
  const { width, height, margin = 40, minRadius = 4, maxRadius = 20, ticks = 300 } = options;
  const most = Math.max(1, ...graph.nodes.map((n) => n.mentions));
  const radius = (mentions: number): number => round(minRadius + (maxRadius - minRadius) * Math.sqrt(Math.max(0, mentions) / most));
  const sim: SimNode[] = graph.nodes.map((n) => ({ id: n.id, r: radius(n.mentions) }));
  const centre = sim.find((n) => n.id === options.centre);
  if (centre) (centre.fx = 0), (centre.fy = 0);

  // One spring per connected pair, however many edges of each kind join them.
  const pairs = new Map<string, { source: EntityId; target: EntityId; weight: number }>();
  for (const e of graph.edges) {
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) ?? { source: a, target: b, weight: 0 };
    pair.weight += e.weight;
    pairs.set(key, pair);
  }
  const links = [...pairs.values()];

  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(lcg(0x5eed))
    .force('charge', forceManyBody<SimNode>().strength(-160).distanceMax(400))
    .force(
      'link',
      forceLink<SimNode, { source: EntityId | SimNode; target: EntityId | SimNode; weight: number }>(links)
        .id((n) => n.id)
        .distance((l) => 50 + 30 / Math.sqrt(l.weight)),
    )
    .force('collide', forceCollide<SimNode>((n) => n.r + 4))
    // Pull loose parts and lone actors towards the middle, or they drift off-canvas.
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.09))
    .stop();
  simulation.tick(ticks);

  return { width, height, nodes: fit(graph.nodes, sim, width, height, margin, centre !== undefined), edges: graph.edges };
}

/**
 * Scales positions (not radii) uniformly into the box, centred; one node sits in the middle, and
 * so does a pinned centre (at the origin), with the box made symmetric around it.
 */
function fit(nodes: readonly GraphNode[], sim: readonly SimNode[], width: number, height: number, margin: number, pinned: boolean): PlacedNode[] {
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const maxR = Math.max(0, ...sim.map((n) => n.r));
  const reachX = Math.max(0, ...xs.map(Math.abs));
  const reachY = Math.max(0, ...ys.map(Math.abs));
  const [minX, maxX, minY, maxY] = pinned
    ? [-reachX, reachX, -reachY, reachY]
    : [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const roomX = Math.max(1, width - 2 * (margin + maxR));
  const roomY = Math.max(1, height - 2 * (margin + maxR));
  // Never enlarge more than 3×: a small graph stays compact instead of spreading to the corners.
  const scale = Math.min(3, spanX > 0 ? roomX / spanX : Infinity, spanY > 0 ? roomY / spanY : Infinity);
  const k = Number.isFinite(scale) ? scale : 1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return nodes.map((node, i) => ({
    ...node,
    x: round(width / 2 + ((xs[i] ?? 0) - cx) * k),
    y: round(height / 2 + ((ys[i] ?? 0) - cy) * k),
    r: sim[i]!.r,
  }));
}

export function round(v: number): number {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

/** Numerical Recipes LCG, as d3-force's own, with a seed of ours. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296;
}
