/**
 * Resolution of relative and year-less expressions against an anchor date (the publication
 * date), following TimeML/TempEval practice for news: the clause tense picks the direction.
 */
import type { Precision } from '../../model.ts';
import {
  addDays, addMonths, formatDate, formatIsoWeek, formatMonth, isoWeekday, isValidDate,
  quarterOf, toDayNumber, type CalendarDate,
} from '../../time/calendar.ts';
import type { TimeUnit } from './lexicon.ts';

/** 'modal': a clause of possibility ("may stay shut until", "could fall in September"). */
export type ClauseTense = 'past' | 'present' | 'future' | 'modal' | null;

/** Which occurrence a bare weekday or year-less date means. */
export type Direction = 'past' | 'future' | 'nearest';

export function directionOf(tense: ClauseTense): Direction {
  if (tense === 'past') return 'past';
  if (tense === 'future') return 'future';
  return 'nearest';
}

/**
 * Direction for a date written without its year ("March 5", "in October"): the latest
 * one on or before publication unless the clause speaks of the future. News reports what
 * happened; a present or unknown tense ("the talks on March 5 went well", "officials say")
 * is far more often about the past than about a plan, and plans are written in the future
 * ("will", "is scheduled to"), which the clause tense catches.
 */
export function yearlessDirection(tense: ClauseTense): Direction {
  // A modal clause ("may stay closed until Aug. 9") speaks of what is possible around now.
  if (tense === 'modal') return 'nearest';
  return tense === 'future' ? 'future' : 'past';
}

/**
 * A bare weekday: in a past clause the latest one on or before the anchor (news writes
 * "on Friday" for the day of publication too); in a future clause the first one on or after it;
 * otherwise the nearer of the two (ties go to the past, the usual case in news).
 */
export function resolveWeekday(anchor: CalendarDate, weekday: number, direction: Direction): CalendarDate {
  const back = (isoWeekday(anchor) - weekday + 7) % 7;
  const forward = (weekday - isoWeekday(anchor) + 7) % 7 || 7;
  if (direction === 'past') return addDays(anchor, -back);
  // "Crews will inspect the line Thursday evening", written on a Thursday: that same day,
  // as "on Friday" in a past clause can be the day of publication.
  if (direction === 'future') return addDays(anchor, forward % 7);
  return back <= forward ? addDays(anchor, -back) : addDays(anchor, forward);
}

/** "last Friday": the latest one strictly before the anchor. */
export function previousWeekday(anchor: CalendarDate, weekday: number): CalendarDate {
  return addDays(anchor, -((isoWeekday(anchor) - weekday + 7) % 7 || 7));
}

/** "next Friday": the first one strictly after the anchor. */
export function nextWeekday(anchor: CalendarDate, weekday: number): CalendarDate {
  return addDays(anchor, (weekday - isoWeekday(anchor) + 7) % 7 || 7);
}

/** "this Friday": that day of the anchor's ISO week. */
export function weekdayOfSameWeek(anchor: CalendarDate, weekday: number): CalendarDate {
  return addDays(anchor, weekday - isoWeekday(anchor));
}

/** Picks among last year / this year / next year by direction; null when no candidate exists. */
function pickYear(
  anchor: CalendarDate,
  direction: Direction,
  compare: (year: number) => number | null,
): number | null {
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    .map((year) => ({ year, diff: compare(year) }))
    .filter((c): c is { year: number; diff: number } => c.diff !== null);
  if (direction === 'past') {
    const past = candidates.filter((c) => c.diff <= 0);
    return past[past.length - 1]?.year ?? null;
  }
  if (direction === 'future') return candidates.find((c) => c.diff >= 0)?.year ?? null;
  let best: { year: number; diff: number } | null = null;
  for (const c of candidates) {
    // Strict comparison keeps the earlier (past) candidate on a tie.
    if (!best || Math.abs(c.diff) < Math.abs(best.diff)) best = c;
  }
  return best?.year ?? null;
}

/** Year for "January 28" with no year; null when the day never exists ("February 30"). */
export function yearForMonthDay(anchor: CalendarDate, month: number, day: number, direction: Direction): number | null {
  return pickYear(anchor, direction, (year) =>
    isValidDate(year, month, day) ? toDayNumber({ year, month, day }) - toDayNumber(anchor) : null,
  );
}

/** The occurrence of a yearly day ("Christmas", "Easter") the direction picks, or null. */
export function dayOfYearlyEvent(
  anchor: CalendarDate,
  direction: Direction,
  dateIn: (year: number) => CalendarDate | null,
): CalendarDate | null {
  const year = pickYear(anchor, direction, (y) => {
    const d = dateIn(y);
    return d && isValidDate(d.year, d.month, d.day) ? toDayNumber(d) - toDayNumber(anchor) : null;
  });
  return year === null ? null : dateIn(year);
}

/** Year for a bare month ("in October"). */
export function yearForMonth(anchor: CalendarDate, month: number, direction: Direction): number | null {
  return pickYear(anchor, direction, (year) => year * 12 + month - (anchor.year * 12 + anchor.month));
}

const UNIT_PRECISION: Readonly<Record<TimeUnit, Precision>> = {
  second: 'time', minute: 'time', hour: 'time', day: 'day', week: 'week', weekend: 'week',
  fortnight: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade',
  century: 'century',
};

export function precisionOfUnit(unit: TimeUnit): Precision {
  return UNIT_PRECISION[unit];
}

/**
 * The calendar unit `steps` units away from the anchor, written at the unit's own
 * granularity: "last week" → 2024-W04, "four years ago" → 2020, "two days ago" → a day.
 * Clock units (hours ago) give the anchor day: the time of publication is not known.
 */
export function shiftedValue(anchor: CalendarDate, unit: TimeUnit, steps: number): { value: string; precision: Precision } {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return { value: formatDate(anchor), precision: 'day' };
    case 'day':
      return { value: formatDate(addDays(anchor, steps)), precision: 'day' };
    case 'week':
      return { value: formatIsoWeek(addDays(anchor, 7 * steps)), precision: 'week' };
    case 'fortnight':
      return { value: formatIsoWeek(addDays(anchor, 14 * steps)), precision: 'week' };
    case 'weekend':
      return { value: `${formatIsoWeek(addDays(anchor, 7 * steps))}-WE`, precision: 'week' };
    case 'month': {
      const d = addMonths(anchor, steps);
      return { value: formatMonth(d.year, d.month), precision: 'month' };
    }
    case 'quarter': {
      const d = addMonths(anchor, 3 * steps);
      return { value: `${String(d.year).padStart(4, '0')}-Q${quarterOf(d.month)}`, precision: 'quarter' };
    }
    case 'year':
      return { value: String(anchor.year + steps).padStart(4, '0'), precision: 'year' };
    case 'decade':
      return { value: String(Math.floor(anchor.year / 10) + steps).padStart(3, '0'), precision: 'decade' };
    case 'century':
      return { value: String(Math.floor(anchor.year / 100) + steps).padStart(2, '0'), precision: 'century' };
  }
}

/** TIMEX3 underspecified value at a unit's granularity, for an undated article. */
export function unresolvedValue(unit: TimeUnit): string {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day':
      return 'XXXX-XX-XX';
    case 'week':
    case 'fortnight':
      return 'XXXX-WXX';
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
  }
}
