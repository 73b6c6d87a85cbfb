/**
 * Calendar units for density bins. A week bin stops at a month's end, so every bin lies in one
 * month and links to that month's section of the list.
 */
import { addMonthStarts, monthStart, shortDate, shortMonth, yearStart } from './days.ts';
import { fromDayNumber, weekdayOfDayNumber } from '../../time/calendar.ts';

export type BinUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

const UNITS: readonly (readonly [BinUnit, number])[] = [
  ['day', 1], ['week', 7], ['month', 30.44], ['year', 365.25], ['decade', 3652.5],
];

/** A bar narrower than this is not worth a link target. */
export const MIN_BIN_PX = 4;

/**
 * The finest unit, no finer than `finest`, whose bars are at least MIN_BIN_PX wide. The year view
 * bins by month at the finest: narrower bars would cost bytes and say nothing more.
 */
export function binUnit(pxPerDay: number, finest: BinUnit = 'day'): BinUnit {
  const from = UNITS.findIndex(([unit]) => unit === finest);
  return UNITS.slice(from).find(([, days]) => days * pxPerDay >= MIN_BIN_PX)?.[0] ?? 'decade';
}

export function binStart(unit: BinUnit, day: number): number {
  const d = fromDayNumber(day);
  switch (unit) {
    case 'day':
      return day;
    case 'week': {
      return Math.max(day - weekdayOffset(day), monthStart(day));
    }
    case 'month':
      return monthStart(day);
    case 'year':
      return yearStart(d.year);
    case 'decade':
      return yearStart(Math.floor(d.year / 10) * 10);
  }
}

/** The day after the bin that starts at `start`. */
export function binEnd(unit: BinUnit, start: number): number {
  const d = fromDayNumber(start);
  switch (unit) {
    case 'day':
      return start + 1;
    case 'week':
      return Math.min(start + 7 - weekdayOffset(start), addMonthStarts(start, 1));
    case 'month':
      return addMonthStarts(start, 1);
    case 'year':
      return yearStart(d.year + 1);
    case 'decade':
      return yearStart(d.year + 10);
  }
}

export function binLabel(unit: BinUnit, start: number): string {
  const d = fromDayNumber(start);
  switch (unit) {
    case 'day':
      return shortDate(start);
    case 'week':
      return `week of ${shortDate(start)}`;
    case 'month':
      return `${shortMonth(d.month)} ${d.year}`;
    case 'year':
      return String(d.year);
    case 'decade':
      return `${d.year}s`;
  }
}

/** Days since the Monday on or before `day`. */
function weekdayOffset(day: number): number {
  return weekdayOfDayNumber(day) - 1;
}
