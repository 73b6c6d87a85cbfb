/**
 * Whether two reports can date the same event: their calendar spans overlap, or, when both give
 * a day, the days are at most `toleranceDays` apart (reports "on Saturday" and "January 28" of
 * one attack differ by a day across time zones and news cycles: the same event, with a date
 * discrepancy to flag rather than two events).
 */
import { parseIsoDate, toDayNumber } from '../../time/calendar.ts';
import type { ReportDate } from './event-date.ts';

export const DAY_TOLERANCE = 1;

function dayNumber(iso: string): number {
  const d = parseIsoDate(iso);
  return d ? toDayNumber(d) : Number.NaN;
}

export function datesCompatible(a: ReportDate, b: ReportDate, toleranceDays = DAY_TOLERANCE): boolean {
  const tolerance = a.precision === 'day' && b.precision === 'day' ? toleranceDays : 0;
  return dayNumber(a.from) <= dayNumber(b.to) + tolerance && dayNumber(b.from) <= dayNumber(a.to) + tolerance;
}

/**
 * Two day-precision dates that cannot name the same day: what a date discrepancy reports. A night
 * covers two days, so "Friday night" and "Saturday" do not disagree.
 */
export function daysDiffer(a: ReportDate, b: ReportDate): boolean {
  return a.precision === 'day' && b.precision === 'day' && (a.to < b.from || b.to < a.from);
}
