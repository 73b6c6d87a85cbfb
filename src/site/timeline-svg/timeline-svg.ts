/**
 * One zoom level of the visual timeline as an inline SVG string: a horizontal time axis, events
 * as marks (a circle for a short span, a bar for a long one; sized by reports, coloured by
 * family through CSS classes, each a link with a <title>), and other dated references as ticks in
 * a lighter lane below. Above MAX_MARKS marks in view, marks become density bars per calendar
 * unit that link to the list, so 10,000 events stay a few hundred elements. Marks carry the same
 * data-* keys as the list items, so the page's filters apply to both.
 */
import { escapeXml, num } from '../graph/svg-text.ts';
import { axisTicks } from './axis-ticks.ts';
import { binEnd, binLabel, binStart, binUnit, type BinUnit } from './bin-unit.ts';
import { daySpan, shortDate, type DaySpan } from './days.ts';
import type { DatedItem, EventMark, Zoom } from './items.ts';
import { markFamily, typeRank } from './mark-family.ts';
import { packRows } from './pack-rows.ts';
import type { ZoomWindow } from './zoom-window.ts';

/** Above this many events (or references) in view, draw density bars instead of marks. */
export const MAX_MARKS = 200;
export const SVG_WIDTH = 960;
const PAD = 12;
const PLOT = SVG_WIDTH - 2 * PAD;
const ROW = 18;
const MAX_ROWS = 8;
const BIN_AREA = 84;
const LANE = 16;
const AXIS = 36;
const FINEST_BIN: Readonly<Record<Zoom, BinUnit>> = { year: 'month', month: 'week', day: 'day' };

export interface ZoomSvg {
  readonly zoom: Zoom;
  readonly svg: string;
  /** Events and references drawn (one by one or in bins). */
  readonly eventCount: number;
  readonly referenceCount: number;
  /** The unit of the density bars, or null when every mark is drawn. */
  readonly binned: BinUnit | null;
}

interface Placed<T> {
  readonly item: T;
  readonly from: number;
  /** Day after the last day. */
  readonly end: number;
}

/** `spanOf` gives an item's days; callers drawing several zooms pass their parsed ones. */
export function timelineSvg(window: ZoomWindow, events: readonly EventMark[], references: readonly DatedItem[], spanOf: (item: DatedItem) => DaySpan = daySpan): ZoomSvg {
  const { zoom, start, end } = window;
  const pxPerDay = PLOT / (end - start);
  const x = (day: number): number => PAD + (Math.min(Math.max(day, start), end) - start) * pxPerDay;
  const inView = <T extends DatedItem>(items: readonly T[]): Placed<T>[] =>
    items
      .map((item) => {
        const days = spanOf(item);
        return { item, from: days.from, end: days.to + 1 };
      })
      .filter((p) => p.end > start && p.from < end)
      .sort((a, b) => a.from - b.from || b.end - a.end || compare(a.item.key, b.item.key));
  const shownEvents = inView(events);
  const shownRefs = inView(references);
  const unit = binUnit(pxPerDay, FINEST_BIN[zoom]);
  const binEvents = shownEvents.length > MAX_MARKS;
  const binRefs = shownRefs.length > MAX_MARKS;

  const eventPart = binEvents ? eventBins(shownEvents, unit, x, start) : eventMarks(shownEvents, x);
  const laneTop = eventPart.height;
  const refPart = binRefs ? referenceBins(shownRefs, unit, x, start, laneTop) : referenceTicks(shownRefs, x, laneTop);
  const axisTop = laneTop + LANE + 4;
  const height = axisTop + AXIS;
  const id = `tl-${zoom}`;
  const title = `Timeline by ${zoom}, ${shortDate(start)} to ${shortDate(end - 1)}: ${count(shownEvents.length, 'event')}, ${count(shownRefs.length, 'other dated reference')}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="nw-timeline" data-zoom="${zoom}" viewBox="0 0 ${SVG_WIDTH} ${num(height)}" width="${SVG_WIDTH}" height="${num(height)}" role="group" aria-labelledby="${id}-t">`,
    `<title id="${id}-t">${escapeXml(title)}</title>`,
    `<g class="tl-events${binEvents ? ' tl-binned' : ''}">${eventPart.svg}</g>`,
    `<g class="tl-refs${binRefs ? ' tl-binned' : ''}"><rect class="tl-lane" x="${PAD}" y="${num(laneTop)}" width="${PLOT}" height="${LANE}"/>${refPart}</g>`,
    axisSvg(zoom, start, end, pxPerDay, x, axisTop),
    '</svg>',
  ].join('\n');
  return { zoom, svg, eventCount: shownEvents.length, referenceCount: shownRefs.length, binned: binEvents || binRefs ? unit : null };
}

/** Circle radius for a number of reports: 3 px for one, growing slowly, at most 8. */
export function markRadius(weight: number): number {
  return Math.min(8, 3 + 1.5 * Math.sqrt(Math.max(0, weight - 1)));
}

function eventMarks(placed: readonly Placed<EventMark>[], x: (day: number) => number): { svg: string; height: number } {
  const shapes = placed.map((p) => {
    const r = markRadius(p.item.weight);
    const [x1, x2] = [x(p.from), x(p.end)];
    // A single day, or a span narrower than the circle, reads as a point in time.
    return p.end - p.from <= 1 || x2 - x1 < 2 * r ? { p, r, left: (x1 + x2) / 2 - r, right: (x1 + x2) / 2 + r, bar: false } : { p, r, left: x1, right: x2, bar: true };
  });
  const rows = packRows(shapes, MAX_ROWS);
  const used = Math.max(1, ...rows.map((r) => r + 1));
  const svg = shapes.map((s, i) => {
    const cy = 4 + ROW / 2 + rows[i]! * ROW;
    const e = s.p.item;
    const shape = s.bar
      ? `<rect x="${num(s.left)}" y="${num(cy - s.r)}" width="${num(Math.max(1, s.right - s.left))}" height="${num(2 * s.r)}" rx="3"/>`
      : `<circle cx="${num(s.left + s.r)}" cy="${num(cy)}" r="${num(s.r)}"/>`;
    return `<a href="${escapeXml(e.href)}" class="tl-mark f-${markFamily(e.type)}"${filterAttrs(e, [e], e.type)}><title>${escapeXml(e.title)}</title>${shape}</a>`;
  });
  return { svg: svg.join(''), height: 8 + used * ROW };
}

function referenceTicks(placed: readonly Placed<DatedItem>[], x: (day: number) => number, top: number): string {
  return placed.map((p) => {
    const [x1, x2] = [x(p.from), x(p.end)];
    const width = Math.max(1.5, x2 - x1);
    const point = p.end - p.from <= 1 || x2 - x1 < 3;
    const left = point ? (x1 + x2) / 2 - 0.75 : x1;
    // A long span (a year, a decade) is a low band, so the point-like ticks stay visible over it.
    const [y, h] = point ? [top + 2, LANE - 4] : [top + LANE - 6, 4];
    return `<a href="#${escapeXml(p.item.anchor)}" class="tl-ref${point ? '' : ' tl-span'}"${filterAttrs(p.item, [p.item], null)}><title>${escapeXml(p.item.title)}</title>`
      + `<rect x="${num(left)}" y="${num(y)}" width="${num(width)}" height="${h}"/></a>`;
  }).join('');
}

interface Bin<T> {
  readonly start: number;
  readonly items: T[];
}

/** Items by bin (from the first day in view), in calendar order. */
function bins<T extends DatedItem>(placed: readonly Placed<T>[], unit: BinUnit, windowStart: number): Bin<T>[] {
  const byStart = new Map<number, T[]>();
  for (const p of placed) {
    const key = binStart(unit, Math.max(p.from, windowStart));
    const list = byStart.get(key) ?? [];
    list.push(p.item);
    byStart.set(key, list);
  }
  return [...byStart].sort(([a], [b]) => a - b).map(([start, items]) => ({ start, items }));
}

/**
 * Items of one bin split by what the filters tell apart (type, list heading), in a fixed order, so
 * each segment carries exact data-* keys and a filter hides exactly its items.
 */
function segments<T extends DatedItem>(items: readonly T[], typeOf: (item: T) => string | null): T[][] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = `${typeOf(item) ?? ''}\u0000${item.anchor}`;
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey.values()].sort((a, b) => {
    const [ta, tb] = [typeOf(a[0]!) ?? '', typeOf(b[0]!) ?? ''];
    return typeRank(ta) - typeRank(tb) || compare(ta, tb) || compare(a[0]!.anchor, b[0]!.anchor);
  });
}

function eventBins(placed: readonly Placed<EventMark>[], unit: BinUnit, x: (day: number) => number, windowStart: number): { svg: string; height: number } {
  const all = bins(placed, unit, windowStart);
  const most = Math.max(...all.map((b) => b.items.length));
  const base = 14 + BIN_AREA;
  const svg = all.map((bin) => {
    const [x1, x2] = [x(bin.start), x(binEnd(unit, bin.start))];
    const width = Math.max(1, x2 - x1 - 1);
    const total = Math.max(2, (BIN_AREA * bin.items.length) / most);
    let y = base;
    const parts = segments(bin.items, (e) => e.type).map((segment) => {
      const h = (total * segment.length) / bin.items.length;
      y -= h;
      const type = segment[0]!.type;
      return `<rect class="f-${markFamily(type)}"${filterAttrs(segment[0]!, segment, type)} x="${num(x1)}" y="${num(y)}" width="${num(width)}" height="${num(h)}"/>`;
    });
    const label = width >= 16 ? `<text class="tl-count" x="${num(x1 + width / 2)}" y="${num(base - total - 3)}">${bin.items.length}</text>` : '';
    const tip = `${count(bin.items.length, 'event')}, ${binLabel(unit, bin.start)}: ${typeCounts(bin.items)}`;
    return `<a href="#${escapeXml(bin.items[0]!.anchor)}" class="tl-bin"><title>${escapeXml(tip)}</title>${parts.join('')}${label}</a>`;
  });
  return { svg: svg.join(''), height: base + 6 };
}

function referenceBins(placed: readonly Placed<DatedItem>[], unit: BinUnit, x: (day: number) => number, windowStart: number, top: number): string {
  const all = bins(placed, unit, windowStart);
  const most = Math.max(...all.map((b) => b.items.length));
  const base = top + LANE - 2;
  return all.map((bin) => {
    const [x1, x2] = [x(bin.start), x(binEnd(unit, bin.start))];
    const width = Math.max(1, x2 - x1 - 1);
    const total = Math.max(2, ((LANE - 4) * bin.items.length) / most);
    let y = base;
    const parts = segments(bin.items, () => null).map((segment) => {
      const h = (total * segment.length) / bin.items.length;
      y -= h;
      return `<rect${filterAttrs(segment[0]!, segment, null)} x="${num(x1)}" y="${num(y)}" width="${num(width)}" height="${num(h)}"/>`;
    });
    const tip = `${count(bin.items.length, 'other dated reference')}, ${binLabel(unit, bin.start)}`;
    return `<a href="#${escapeXml(bin.items[0]!.anchor)}" class="tl-bin tl-ref"><title>${escapeXml(tip)}</title>${parts.join('')}</a>`;
  }).join('');
}

function axisSvg(zoom: Zoom, start: number, end: number, pxPerDay: number, x: (day: number) => number, top: number): string {
  const axis = axisTicks(zoom, start, end, pxPerDay);
  const minor = axis.minor.map((d) => `M${num(x(d))} ${top}v4`).join('');
  const major = axis.labelled.map((t) => `M${num(x(t.day))} ${top}v7`).join('');
  const labels = axis.labelled.map((t) =>
    `<text x="${num(x(t.day) + 2)}" y="${top + 17}">${escapeXml(t.label)}</text>`
    + (t.sub ? `<text class="tl-sub" x="${num(x(t.day) + 2)}" y="${top + 30}">${escapeXml(t.sub)}</text>` : ''),
  );
  return `<g class="tl-axis tick-${zoom}"><path class="tl-line" d="M${PAD} ${top}H${PAD + PLOT}"/>`
    + (minor ? `<path class="tl-minor" d="${minor}"/>` : '')
    + (major ? `<path class="tl-major" d="${major}"/>` : '')
    + labels.join('') + '</g>';
}

/**
 * data-* keys the filters read, as on the list items. A segment's actors are the union of its
 * items' (shown if any item matches); its month and year are shared by construction.
 */
function filterAttrs(first: DatedItem, items: readonly DatedItem[], type: string | null): string {
  const actors: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    for (const a of item.actors) {
      if (seen.has(a)) continue;
      seen.add(a);
      actors.push(a);
    }
  }
  return ` data-actors="${escapeXml(actors.join(' '))}" data-month="${escapeXml(first.month)}"`
    + (first.year ? ` data-year="${escapeXml(first.year)}"` : '')
    + (type !== null ? ` data-type="${escapeXml(type)}"` : '');
}

function typeCounts(events: readonly EventMark[]): string {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || compare(a, b)).map(([t, n]) => `${t} ${n}`).join(', ');
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
