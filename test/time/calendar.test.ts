import { describe, expect, it } from 'vitest';
import {
  addDays, calendarSpan, easterSunday, formatDate, formatIsoWeek, fromDayNumber, isValidDate, isoWeekday, parseIsoDate, toDayNumber,
} from '../../src/time/calendar.ts';

const SPANS: readonly [string, ReturnType<typeof calendarSpan>][] = [
  ['2024-02-02', { from: '2024-02-02', to: '2024-02-02', precision: 'day' }],
  ['2024-02-02TNI', { from: '2024-02-02', to: '2024-02-03', precision: 'time' }], // a night runs into the morning
  ['2024-02-29TNI', { from: '2024-02-29', to: '2024-03-01', precision: 'time' }],
  ['2024-02-02T20:00', { from: '2024-02-02', to: '2024-02-02', precision: 'time' }],
  ['2024-02-02T24:00', { from: '2024-02-02', to: '2024-02-02', precision: 'time' }],
  ['2024-W04', { from: '2024-01-22', to: '2024-01-28', precision: 'week' }],
  ['2020-W53', { from: '2020-12-28', to: '2021-01-03', precision: 'week' }],
  ['2024-W05-WE', { from: '2024-02-03', to: '2024-02-04', precision: 'week' }],
  ['2024-02', { from: '2024-02-01', to: '2024-02-29', precision: 'month' }],
  ['2023-02', { from: '2023-02-01', to: '2023-02-28', precision: 'month' }],
  ['2024-Q1', { from: '2024-01-01', to: '2024-03-31', precision: 'quarter' }],
  ['2024-H2', { from: '2024-07-01', to: '2024-12-31', precision: 'quarter' }],
  ['2024-SU', { from: '2024-06-01', to: '2024-08-31', precision: 'season' }],
  ['2023-WI', { from: '2023-12-01', to: '2024-02-29', precision: 'season' }],
  ['2024', { from: '2024-01-01', to: '2024-12-31', precision: 'year' }],
  ['199', { from: '1990-01-01', to: '1999-12-31', precision: 'decade' }],
  ['20', { from: '2000-01-01', to: '2099-12-31', precision: 'century' }],
];

const NOT_SPANS = ['P3D', 'PAST_REF', 'PRESENT_REF', 'XXXX-01-28', 'XXXX-WXX-5', '2024-02-30', '2024-13', '2021-W53x', '2023-W53', '', 'P1Y'];

describe('calendarSpan', () => {
  it.each(SPANS)('%s → %o', (value, span) => expect(calendarSpan(value)).toEqual(span));
  it.each(NOT_SPANS)('%s → null', (value) => expect(calendarSpan(value)).toBeNull());
});

describe('calendar arithmetic', () => {
  it.each([
    ['2024-02-02', '2024-W05'],
    ['2024-01-01', '2024-W01'],
    ['2021-01-03', '2020-W53'],
    ['2019-12-30', '2020-W01'],
  ])('ISO week of %s is %s', (day, week) => expect(formatIsoWeek(parseIsoDate(day)!)).toBe(week));

  it('knows weekdays and impossible dates', () => {
    expect(isoWeekday(parseIsoDate('2024-02-02')!)).toBe(5);
    expect(isoWeekday(parseIsoDate('2024-02-04')!)).toBe(7);
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(parseIsoDate('2024-02-30')).toBeNull();
  });
});

describe('day numbers without a date library', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11_017],
    ['2024-02-29', 19_782],
    ['1600-01-01', -135_140],
  ] as const)('%s is day %i', (day, n) => {
    expect(toDayNumber(parseIsoDate(day)!)).toBe(n);
    expect(formatDate(fromDayNumber(n))).toBe(day);
  });
  it('keeps years below 100 (Date.UTC would move them to the 1900s)', () => {
    expect(formatDate(addDays({ year: 50, month: 12, day: 31 }, 1))).toBe('0051-01-01');
  });
  it('round-trips every day across leap years and centuries', () => {
    for (let n = toDayNumber({ year: 1896, month: 1, day: 1 }); n < toDayNumber({ year: 2104, month: 12, day: 31 }); n += 1) {
      const d = fromDayNumber(n);
      if (!isValidDate(d.year, d.month, d.day) || toDayNumber(d) !== n) throw new Error(`day ${n} → ${formatDate(d)}`);
    }
    expect(formatDate(fromDayNumber(toDayNumber({ year: 2100, month: 2, day: 28 }) + 1))).toBe('2100-03-01');
  });
  it('refuses NaN and fractions instead of returning NaN dates', () => {
    expect(() => fromDayNumber(Number.NaN)).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
    expect(() => toDayNumber({ year: Number.NaN, month: 1, day: 1 })).toThrow(RangeError);
  });
});

describe('easterSunday (computus)', () => {
  it.each([
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2008, '2008-03-23'],
  ] as const)('%i → %s', (year, day) => expect(formatDate(easterSunday(year))).toBe(day));
});
