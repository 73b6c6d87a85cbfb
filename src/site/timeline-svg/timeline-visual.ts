/**
 * The visual timeline at every zoom level: the window each shows, its SVG, a caption saying what
 * is drawn and what is left out, and links to the list for what lies outside a window. The
 * initial zoom is the finest that shows every dated item, so a short story opens by day.
 */
import { daySpan, shortDate, type DaySpan } from './days.ts';
import { ZOOM_LABELS, ZOOMS, type DatedItem, type EventMark, type Zoom } from './items.ts';
import { MARK_FAMILIES, markFamily } from './mark-family.ts';
import { timelineSvg } from './timeline-svg.ts';
import { DAY_WINDOW_DAYS, MONTH_WINDOW_MONTHS, zoomWindow, type ZoomWindow } from './zoom-window.ts';

export interface ListLink {
  readonly href: string;
  readonly text: string;
}

export interface ZoomView {
  readonly zoom: Zoom;
  readonly label: string;
  /** Fragment id of the view's figure ("tl-year"). */
  readonly id: string;
  readonly svg: string;
  readonly caption: string;
  /** The nearest list heading before and after a partial window. */
  readonly earlier: ListLink | null;
  readonly later: ListLink | null;
}

export interface TimelineVisual {
  readonly initial: Zoom;
  readonly views: readonly ZoomView[];
  /** Colour families present, for the legend. */
  readonly families: readonly { readonly id: string; readonly label: string }[];
}

/** Items longer than this do not decide where a zoom's window goes. */
const FOCUS_DAYS: Readonly<Record<Zoom, number>> = { year: Infinity, month: 92, day: 7 };

const WINDOW_WORDS: Readonly<Record<Zoom, string>> = {
  year: '',
  month: `${MONTH_WINDOW_MONTHS} months`,
  day: `${DAY_WINDOW_DAYS} days`,
};

/** Null when nothing is dated: there is no axis to draw. */
export function timelineVisual(events: readonly EventMark[], references: readonly DatedItem[]): TimelineVisual | null {
  const all = [...events, ...references];
  if (all.length === 0) return null;
  // Each item's dates are parsed once, for every zoom.
  const spanOf = new Map<DatedItem, DaySpan>(all.map((i) => [i, daySpan(i)]));
  const days = (i: DatedItem): DaySpan => spanOf.get(i) as DaySpan;
  // The busiest window is the events' (else the references'), counting only items short enough to
  // belong in it: a month-long event does not pull the day view to the 1st of its month.
  const shortest = events.length ? events : references;
  const focusFor = (maxDays: number): number[] => {
    const short = shortest.filter((i) => days(i).to - days(i).from < maxDays);
    return (short.length ? short : shortest).map((i) => days(i).from);
  };
  const byStart = all.map((item) => ({ item, day: days(item).from })).sort((a, b) => a.day - b.day || compare(a.item.key, b.item.key));
  const windows = ZOOMS.map((zoom) => zoomWindow(zoom, [...spanOf.values()], focusFor(FOCUS_DAYS[zoom])));
  const views = windows.map((w) => zoomView(w, events, references, byStart, days));
  const initial = [...windows].reverse().find((w) => !w.partial)?.zoom ?? 'year';
  const present = new Set(events.map((e) => markFamily(e.type)));
  return {
    initial,
    views,
    families: MARK_FAMILIES.filter((f) => present.has(f.id)).map((f) => ({ id: f.id, label: f.label })),
  };
}

function zoomView(
  window: ZoomWindow,
  events: readonly EventMark[],
  references: readonly DatedItem[],
  byStart: readonly { readonly item: DatedItem; readonly day: number }[],
  days: (item: DatedItem) => DaySpan,
): ZoomView {
  const drawn = timelineSvg(window, events, references, days);
  const range = `${shortDate(window.start)} to ${shortDate(window.end - 1)}`;
  const what = `${count(drawn.eventCount, 'event')} and ${count(drawn.referenceCount, 'other dated reference')}`;
  const sentences = [
    window.partial
      ? `The busiest ${WINDOW_WORDS[window.zoom]}, ${range}: ${what} (of ${events.length} and ${references.length}).`
      : `${range}: ${what}.`,
  ];
  if (drawn.binned) sentences.push(`Too many to draw one by one: bars count items per ${drawn.binned}, and each links to its part of the list.`);
  const before = [...byStart].reverse().find((x) => x.day < window.start)?.item;
  const after = byStart.find((x) => x.day >= window.end)?.item;
  return {
    zoom: window.zoom,
    label: ZOOM_LABELS[window.zoom],
    id: `tl-${window.zoom}`,
    svg: drawn.svg,
    caption: sentences.join(' '),
    earlier: window.partial && before ? { href: `#${before.anchor}`, text: before.heading } : null,
    later: window.partial && after ? { href: `#${after.anchor}`, text: after.heading } : null,
  };
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
