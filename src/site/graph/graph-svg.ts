/**
 * A laid-out actor graph as an inline SVG string. Every node is a link to its actor page with a
 * `<title>` (tooltip and accessible name); colours come from CSS classes (`t-person` …) and
 * `currentColor`, so the page's light or dark theme and print styles apply.
 */
import type { EntityId } from '../../model.ts';
import { TYPE_LABELS, ENTITY_TYPES } from '../labels.ts';
import type { GraphEdge, InteractionEdge } from './actor-graph.ts';
import { byMentions } from './actor-graph.ts';
import type { GraphLayout, PlacedNode } from './layout-graph.ts';
import { escapeXml, num, textWidth } from './svg-text.ts';

export interface GraphSvgOptions {
  /** Unique within the page: prefixes the ids the SVG defines. */
  readonly id: string;
  /** What the drawing shows, read out before its links. */
  readonly title: string;
  readonly href: (node: PlacedNode) => string;
  /** How many of the most mentioned actors get a visible label (all have a tooltip). */
  readonly labels: number;
  /** The actor a neighbourhood graph is about: drawn outlined. */
  readonly centre?: EntityId;
}

const LEGEND_ROW = 20;
const ARROW = 7;

export function graphSvg(layout: GraphLayout, options: GraphSvgOptions): string {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const labelled = new Set([...layout.nodes].sort(byMentions).slice(0, options.labels).map((n) => n.id));
  const legend = legendRows(layout.width, layout.edges.some((e) => e.kind === 'interaction'));
  const height = layout.height + legend.length * LEGEND_ROW + 8;
  const id = escapeXml(options.id);

  const ends = (e: GraphEdge): [PlacedNode, PlacedNode] | [] => {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    return a && b ? [a, b] : [];
  };
  // Co-occurrence lines go into one path per width: hundreds of <line>s with tooltips would
  // triple the SVG, and the table under the graph lists every pair with its count anyway.
  const byWidth = new Map<string, string[]>();
  for (const e of layout.edges) {
    const [a, b] = ends(e);
    if (e.kind !== 'co-occurrence' || !a || !b) continue;
    const width = edgeWidth(e.weight);
    byWidth.set(width, [...(byWidth.get(width) ?? []), `M${num(a.x)} ${num(a.y)}L${num(b.x)} ${num(b.y)}`]);
  }
  const lines = [...byWidth].sort(([x], [y]) => Number(x) - Number(y))
    .map(([width, d]) => `<path class="edge co" d="${d.join('')}" stroke-width="${width}"/>`);
  const arrows = layout.edges.flatMap((e) => {
    const [a, b] = ends(e);
    return e.kind === 'interaction' && a && b ? [interactionSvg(e, a, b, id)] : [];
  });
  const edges = [...lines, ...arrows];
  const nodes = layout.nodes.map((n) => {
    const tip = `${n.name} (${TYPE_LABELS[n.type].one}), ${n.mentions} mention${n.mentions === 1 ? '' : 's'}`;
    const label = labelled.has(n.id)
      ? `<text x="${num(n.x)}" y="${num(n.y + n.r + 11)}">${escapeXml(n.name)}</text>`
      : '';
    const centre = n.id === options.centre ? ' centre' : '';
    return `<a href="${escapeXml(options.href(n))}" class="node t-${n.type}${centre}"><title>${escapeXml(tip)}</title>`
      + `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r)}"/>${label}</a>`;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="nw-graph" viewBox="0 0 ${num(layout.width)} ${num(height)}" width="${num(layout.width)}" height="${num(height)}" role="group" aria-labelledby="${id}-t">`,
    `<title id="${id}-t">${escapeXml(options.title)}</title>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="${ARROW}" markerHeight="${ARROW}" orient="auto"><path class="arrowhead" d="M0 0L10 5L0 10z"/></marker></defs>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    legendSvg(legend, layout.height + 4, id),
    '</svg>',
  ].join('\n');
}

function edgeWidth(weight: number): string {
  return num(Math.min(6, 0.75 + Math.log2(Math.max(1, weight)) * 0.9));
}

function interactionSvg(edge: InteractionEdge, a: PlacedNode, b: PlacedNode, id: string): string {
  return `<path class="edge act" d="${arc(a, b)}" stroke-width="${edgeWidth(edge.weight)}" marker-end="url(#${id}-arrow)"><title>${escapeXml(interactionTip(edge, a, b))}</title></path>`;
}

function interactionTip(edge: InteractionEdge, a: PlacedNode, b: PlacedNode): string {
  return `${a.name} → ${b.name}: ${edge.types.map((t) => (t.count > 1 ? `${t.type} ×${t.count}` : t.type)).join(', ')}`;
}

/**
 * A gentle curve from the rim of `a` to just outside the rim of `b`, bent to the right of the
 * direction of travel, so A→B and B→A (and the straight co-occurrence line) stay apart.
 */
function arc(a: PlacedNode, b: PlacedNode): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const bend = Math.min(30, length * 0.15);
  const [mx, my] = [(a.x + b.x) / 2 - uy * bend, (a.y + b.y) / 2 + ux * bend];
  const start = towards(a, mx, my, a.r + 1);
  const end = towards(b, mx, my, b.r + 2);
  return `M${num(start[0])} ${num(start[1])}Q${num(mx)} ${num(my)} ${num(end[0])} ${num(end[1])}`;
}

function towards(from: PlacedNode, x: number, y: number, distance: number): [number, number] {
  const length = Math.hypot(x - from.x, y - from.y) || 1;
  return [from.x + ((x - from.x) / length) * distance, from.y + ((y - from.y) / length) * distance];
}

interface LegendItem {
  readonly kind: 'type' | 'co' | 'act';
  readonly type?: string;
  readonly text: string;
}

/** Legend items in rows that fit the width (laid out here: SVG text does not wrap). */
function legendRows(width: number, withInteractions: boolean): LegendItem[][] {
  const items: LegendItem[] = [
    ...ENTITY_TYPES.map((type): LegendItem => ({ kind: 'type', type, text: TYPE_LABELS[type].one })),
    { kind: 'co', text: 'in the same sentence' },
    ...(withInteractions ? [{ kind: 'act', text: 'acts on (events)' } as const] : []),
  ];
  const rows: LegendItem[][] = [[]];
  let x = 0;
  for (const item of items) {
    const w = itemWidth(item);
    if (x + w > width && rows.at(-1)!.length > 0) rows.push([]), (x = 0);
    rows.at(-1)!.push(item);
    x += w;
  }
  return rows;
}

function itemWidth(item: LegendItem): number {
  return (item.kind === 'type' ? 16 : 28) + textWidth(item.text) + 14;
}

function legendSvg(rows: readonly LegendItem[][], top: number, id: string): string {
  const parts: string[] = [];
  rows.forEach((row, r) => {
    const y = top + r * LEGEND_ROW + LEGEND_ROW / 2;
    let x = 4;
    for (const item of row) {
      const swatch = item.kind === 'type'
        ? `<circle class="t-${item.type}" cx="${x + 5}" cy="${y}" r="5"/>`
        : item.kind === 'co'
          ? `<path class="edge co" d="M${x} ${y}H${x + 22}" stroke-width="1.5"/>`
          : `<path class="edge act" d="M${x} ${y}H${x + 22}" stroke-width="1.5" marker-end="url(#${id}-arrow)"/>`;
      const textX = x + (item.kind === 'type' ? 16 : 28);
      parts.push(`${swatch}<text x="${textX}" y="${y + 4}">${escapeXml(item.text)}</text>`);
      x += itemWidth(item);
    }
  });
  return `<g class="legend" aria-hidden="true">${parts.join('')}</g>`;
}
