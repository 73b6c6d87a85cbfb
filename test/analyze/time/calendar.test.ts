import { describe, expect, it } from 'vitest';
import { calendarSpan, formatIsoWeek, isValidDate, isoWeekday, parseIsoDate } from '../../../src/analyze/time/calendar.ts';

const SPANS: readonly [string, ReturnType<typeof calendarSpan>][] = [
  ['2024-02-02', { from: '2024-02-02', to: '2024-02-02', precision: 'day' }],
  ['2024-02-02TNI', { from: '2024-02-02', to: '2024-02-02', precision: 'time' }],
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
