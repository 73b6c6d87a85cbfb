/**
 * Calendar arithmetic on ISO dates (proleptic Gregorian, UTC) and the mapping of TIMEX3
 * values to the calendar days they cover. Pure; no time zones, no clock.
 */
import type { Precision } from '../model.ts';

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** False for "February 30", month 13, day 0 … */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Parses YYYY-MM-DD (anything after the day, like a time, is ignored); null when invalid. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/**
 * Days since 1970-01-01, by integer arithmetic (Hinnant's days-from-civil) rather than
 * Date.UTC, which maps years 0–99 to 1900–1999. A non-integer part is refused.
 */
export function toDayNumber(d: CalendarDate): number {
  if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) {
    throw new RangeError(`not a calendar date: ${d.year}-${d.month}-${d.day}`);
  }
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Inverse of toDayNumber; a non-integer day number is refused. */
export function fromDayNumber(n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a day number: ${n}`);
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Shifts by whole months, clamping the day ("March 31" − 1 month → February 29). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus, no table needed. */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: CalendarDate): number {
  return weekdayOfDayNumber(toDayNumber(d));
}

/** ISO weekday of a day number (days since 1970-01-01, a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function weekdayShortName(d: CalendarDate): string {
  return WEEKDAY_SHORT[isoWeekday(d) - 1] ?? '';
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(d: CalendarDate): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(jan1)) / 7) + 1;
  return { year: thursday.year, week };
}

export function formatIsoWeek(d: CalendarDate): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): CalendarDate {
  const jan4 = { year, month: 1, day: 4 };
  const mondayOfWeek1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayOfWeek1, (week - 1) * 7);
}

function weeksInIsoYear(year: number): number {
  return isoWeek({ year, month: 12, day: 28 }).week;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export interface CalendarSpan {
  readonly from: string;
  readonly to: string;
  readonly precision: Precision;
}

const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14], // December to February of the following year (meteorological winter)
};

function monthRange(year: number, first: number, last: number, precision: Precision): CalendarSpan {
  const end = addMonths({ year, month: 1, day: 1 }, last - 1);
  return {
    from: formatDate({ year, month: first, day: 1 }),
    to: formatDate({ ...end, day: daysInMonth(end.year, end.month) }),
    precision,
  };
}

/**
 * The first and last calendar day a TIMEX3 date value covers, or null when the value is
 * not a calendar span (durations, PAST_REF, values with X placeholders, invalid dates).
 * Day values with a time part (2024-02-02T20:00) cover that day, precision 'time'; a night
 * (2024-02-02TNI: "Friday night", "overnight") runs on into the next morning, so it covers two.
 * Half years (2024-H1) report precision 'quarter', the nearest the model offers.
 */
export function calendarSpan(value: string): CalendarSpan | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.+)?$/.exec(value))) {
    const d = parseIsoDate(value);
    if (!d) return null;
    return { from: formatDate(d), to: formatDate(m[4] === 'TNI' ? addDays(d, 1) : d), precision: m[4] ? 'time' : 'day' };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const [year, week] = [Number(m[1]), Number(m[2])];
    if (week < 1 || week > weeksInIsoYear(year)) return null;
    const monday = isoWeekMonday(year, week);
    const from = m[3] ? addDays(monday, 5) : monday;
    return { from: formatDate(from), to: formatDate(addDays(monday, 6)), precision: 'week' };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return null;
    return monthRange(year, month, month, 'month');
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const [year, q] = [Number(m[1]), Number(m[2])];
    return monthRange(year, q * 3 - 2, q * 3, 'quarter');
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const [year, h] = [Number(m[1]), Number(m[2])];
    return monthRange(year, h * 6 - 5, h * 6, 'quarter');
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const months = SEASON_MONTHS[m[2] ?? ''];
    if (!months) return null;
    return monthRange(Number(m[1]), months[0], months[1], 'season');
  }
  if ((m = /^(\d{4})$/.exec(value))) return monthRange(Number(m[1]), 1, 12, 'year');
  if ((m = /^(\d{3})$/.exec(value))) {
    const first = Number(m[1]) * 10;
    return { from: `${pad(first, 4)}-01-01`, to: `${pad(first + 9, 4)}-12-31`, precision: 'decade' };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const first = Number(m[1]) * 100;
    return { from: `${pad(first, 4)}-01-01`, to: `${pad(first + 99, 4)}-12-31`, precision: 'century' };
  }
  return null;
}
