/**
 * Which stretch of the calendar each zoom level shows. The year view always shows everything; the
 * month and day views show everything when it fits (12 months, 60 days) and otherwise the busiest
 * window, so a story spanning years never becomes a kilometre-wide SVG.
 */
import { addMonthStarts, monthStart, yearStart } from './days.ts';
import { fromDayNumber } from '../../time/calendar.ts';
import type { Zoom } from './items.ts';

export const MONTH_WINDOW_MONTHS = 12;
export const DAY_WINDOW_DAYS = 60;
/** A day view narrower than this would draw a single day as the whole width. */
const MIN_DAY_WINDOW = 7;

export interface ZoomWindow {
  readonly zoom: Zoom;
  /** First day shown and the day after the last (day numbers). */
  readonly start: number;
  readonly end: number;
  /** True when the window leaves dated items out. */
  readonly partial: boolean;
}

export interface DaySpan {
  readonly from: number;
  readonly to: number;
}

/**
 * `spans` are all dated items (they set the range); `focus` are the first days of the items that
 * matter most (events, or references when there are no events): the busiest window is theirs.
 */
export function zoomWindow(zoom: Zoom, spans: readonly DaySpan[], focus: readonly number[]): ZoomWindow {
  let lo = Infinity;
  let hiFrom = -Infinity;
  let hiTo = -Infinity;
  for (const s of spans) {
    lo = Math.min(lo, s.from);
    hiFrom = Math.max(hiFrom, s.from);
    hiTo = Math.max(hiTo, s.to);
  }
  if (!Number.isFinite(lo)) throw new RangeError('zoomWindow needs at least one dated item');
  if (zoom === 'year') {
    return { zoom, start: yearStart(fromDayNumber(lo).year), end: yearStart(fromDayNumber(hiTo).year + 1), partial: false };
  }
  // Month and day views range over first days: a decade-long item must not stretch them.
  const sorted = [...focus].sort((x, y) => x - y);
  if (zoom === 'month') {
    const start = monthStart(lo);
    const end = addMonthStarts(hiFrom, 1);
    if (end <= addMonthStarts(start, MONTH_WINDOW_MONTHS)) return { zoom, start, end, partial: false };
    const best = densest(sorted, (s) => monthStart(s), (s) => addMonthStarts(s, MONTH_WINDOW_MONTHS));
    // A window running past the last item slides back to end there, showing more of the story.
    if (best.end > end) return { zoom, start: Math.max(start, addMonthStarts(end, -MONTH_WINDOW_MONTHS)), end, partial: true };
    return { zoom, ...best, partial: true };
  }
  if (hiFrom + 1 - lo <= DAY_WINDOW_DAYS) {
    return { zoom, start: lo, end: Math.max(hiFrom + 1, lo + MIN_DAY_WINDOW), partial: false };
  }
  const best = densest(sorted, (s) => s, (s) => s + DAY_WINDOW_DAYS);
  if (best.end > hiFrom + 1) return { zoom, start: hiFrom + 1 - DAY_WINDOW_DAYS, end: hiFrom + 1, partial: true };
  return { zoom, ...best, partial: true };
}

/** The window [align(d), endOf(...)) holding the most sorted days; the earliest on a tie. */
function densest(sorted: readonly number[], align: (day: number) => number, endOf: (start: number) => number): { start: number; end: number } {
  let best = { start: align(sorted[0]!), end: endOf(align(sorted[0]!)), count: -1 };
  let i = 0;
  let j = 0;
  while (i < sorted.length) {
    const start = align(sorted[i]!);
    const end = endOf(start);
    while (i < sorted.length && sorted[i]! < start) i++;
    if (j < i) j = i;
    while (j < sorted.length && sorted[j]! < end) j++;
    if (j - i > best.count) best = { start, end, count: j - i };
    // Next candidate: the first day after this aligned start.
    while (i < sorted.length && align(sorted[i]!) === start) i++;
  }
  return { start: best.start, end: best.end };
}
