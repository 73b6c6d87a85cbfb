/**
 * The ticks of each zoom's axis: years, months or days as labelled ticks, with unlabelled ticks for
 * the same unit (when they fit) and for the next finer one. Label steps keep labels apart.
 */
import { addMonthStarts, shortMonth, yearStart } from './days.ts';
import { fromDayNumber } from '../../time/calendar.ts';
import type { Zoom } from './items.ts';

export interface AxisTick {
  readonly day: number;
  /** Text under the tick ("2024", "Feb", "15"). */
  readonly label: string;
  /** Second line giving context ("2024" under "Jan", "Feb 2024" under "1"); "" when none. */
  readonly sub: string;
}

export interface Axis {
  readonly zoom: Zoom;
  readonly labelled: readonly AxisTick[];
  /** Days of unlabelled ticks. */
  readonly minor: readonly number[];
}

/** Minimum space between two labels, and between two unlabelled ticks. */
const LABEL_GAP_PX = 40;
const MINOR_GAP_PX = 3;

export function axisTicks(zoom: Zoom, start: number, end: number, pxPerDay: number): Axis {
  const labelled: AxisTick[] = [];
  const minor: number[] = [];
  const add = (day: number, tick: AxisTick | null, unitDays: number): void => {
    if (day < start || day >= end) return;
    if (tick) labelled.push(tick);
    else if (unitDays * pxPerDay >= MINOR_GAP_PX) minor.push(day);
  };
  if (zoom === 'year') {
    const step = stepFor([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], 365.25 * pxPerDay);
    for (let y = fromDayNumber(start).year; yearStart(y) < end; y++) {
      add(yearStart(y), y % step === 0 ? { day: yearStart(y), label: String(y), sub: '' } : null, 365.25);
      if (30.44 * pxPerDay >= MINOR_GAP_PX) for (let m = 1; m < 12; m++) add(addMonthStarts(yearStart(y), m), null, 30.44);
    }
  } else if (zoom === 'month') {
    const step = stepFor([1, 2, 3, 6, 12], 30.44 * pxPerDay);
    let first = true;
    for (let day = start; day < end; day = addMonthStarts(day, 1)) {
      const d = fromDayNumber(day);
      const shown = (d.month - 1) % step === 0;
      add(day, shown ? { day, label: shortMonth(d.month), sub: d.month === 1 || first ? String(d.year) : '' } : null, 30.44);
      if (shown) first = false;
      if (pxPerDay >= MINOR_GAP_PX) for (let x = day + 1; x < addMonthStarts(day, 1); x++) add(x, null, 1);
    }
  } else {
    const step = stepFor([1, 2, 7, 14], pxPerDay);
    let first = true;
    for (let day = start; day < end; day++) {
      const d = fromDayNumber(day);
      const shown = step === 1 || (step === 2 ? d.day % 2 === 1 && d.day < 31 : step === 7 ? [1, 8, 15, 22].includes(d.day) : [1, 15].includes(d.day));
      const sub = d.day === 1 || first ? `${shortMonth(d.month)} ${d.year}` : '';
      add(day, shown ? { day, label: String(d.day), sub } : null, 1);
      if (shown) first = false;
    }
  }
  return { zoom, labelled, minor };
}

/** The smallest step whose labels stand LABEL_GAP_PX apart; the largest when none does. */
function stepFor(steps: readonly number[], unitPx: number): number {
  return steps.find((s) => s * unitPx >= LABEL_GAP_PX) ?? steps[steps.length - 1]!;
}
