/** Calendar days as integers (days since 1970-01-01), so x positions are plain arithmetic. */
import { daysInMonth, formatDate, fromDayNumber, parseIsoDate, toDayNumber, type CalendarDate } from '../../time/calendar.ts';

export function dayOf(iso: string): number {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO day: ${iso}`);
  return toDayNumber(d);
}

export function isoOf(day: number): string {
  return formatDate(fromDayNumber(day));
}

export function dateOf(day: number): CalendarDate {
  return fromDayNumber(day);
}

export function monthStart(day: number): number {
  const d = fromDayNumber(day);
  return toDayNumber({ year: d.year, month: d.month, day: 1 });
}

/** First day of the month `months` after the month containing `day`. */
export function addMonthStarts(day: number, months: number): number {
  const d = fromDayNumber(day);
  const index = d.year * 12 + d.month - 1 + months;
  return toDayNumber({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 });
}

export function yearStart(year: number): number {
  return toDayNumber({ year, month: 1, day: 1 });
}

export function lastDayOfMonth(day: number): number {
  const d = fromDayNumber(day);
  return toDayNumber({ year: d.year, month: d.month, day: daysInMonth(d.year, d.month) });
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
