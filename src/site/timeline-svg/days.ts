/** Calendar days as integers (days since 1970-01-01), so x positions are plain arithmetic. */
import { addMonths, formatDate, fromDayNumber, parseIsoDate, toDayNumber } from '../../time/calendar.ts';

export function dayOf(iso: string): number {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO day: ${iso}`);
  return toDayNumber(d);
}

/** An item's first and last day as day numbers. */
export interface DaySpan {
  readonly from: number;
  readonly to: number;
}

export function daySpan(item: { readonly from: string; readonly to: string }): DaySpan {
  return { from: dayOf(item.from), to: dayOf(item.to) };
}

export function isoOf(day: number): string {
  return formatDate(fromDayNumber(day));
}

export function monthStart(day: number): number {
  const d = fromDayNumber(day);
  return toDayNumber({ year: d.year, month: d.month, day: 1 });
}

/** First day of the month `months` after the month containing `day`. */
export function addMonthStarts(day: number, months: number): number {
  return toDayNumber(addMonths({ ...fromDayNumber(day), day: 1 }, months));
}

export function yearStart(year: number): number {
  return toDayNumber({ year, month: 1, day: 1 });
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function shortMonth(month: number): string {
  return SHORT_MONTHS[month - 1] ?? '';
}

/** "3 Feb 2024", fixed English so output does not depend on the machine's locale. */
export function shortDate(day: number): string {
  const d = fromDayNumber(day);
  return `${d.day} ${shortMonth(d.month)} ${d.year}`;
}
