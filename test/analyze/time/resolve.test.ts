import { describe, expect, it } from 'vitest';
import { formatDate, parseIsoDate } from '../../../src/time/calendar.ts';
import {
  dayOfYearlyEvent, nextWeekday, previousWeekday, resolveWeekday, shiftedValue, yearForMonth, yearForMonthDay,
  yearlessDirection, type ClauseTense, type Direction,
} from '../../../src/analyze/time/resolve.ts';

const FRI = parseIsoDate('2024-02-02')!;

const WEEKDAYS: readonly [number, Direction, string][] = [
  [4, 'past', '2024-02-01'],
  [5, 'past', '2024-02-02'], // same weekday in a past clause: the day itself
  [6, 'past', '2024-01-27'],
  [5, 'future', '2024-02-02'], // same weekday in a future clause: wire copy names today by its weekday
  [4, 'future', '2024-02-08'],
  [1, 'future', '2024-02-05'],
  [1, 'nearest', '2024-02-05'],
  [2, 'nearest', '2024-01-30'], // three days either way: the past wins
  [3, 'nearest', '2024-01-31'],
];

describe('resolveWeekday (publication Friday 2024-02-02)', () => {
  it.each(WEEKDAYS)('weekday %i, %s → %s', (weekday, direction, expected) =>
    expect(formatDate(resolveWeekday(FRI, weekday, direction))).toBe(expected));
  it('last/next are strict', () => {
    expect(formatDate(previousWeekday(FRI, 5))).toBe('2024-01-26');
    expect(formatDate(nextWeekday(FRI, 5))).toBe('2024-02-09');
  });
});

describe('year inference', () => {
  it.each([
    [1, 28, 'past', 2024],
    [10, 7, 'past', 2023],
    [2, 2, 'past', 2024],
    [2, 3, 'past', 2023],
    [2, 3, 'future', 2024],
    [1, 28, 'future', 2025],
    [12, 25, 'nearest', 2023],
    [5, 1, 'nearest', 2024],
  ] as const)('%i/%i %s → %i', (month, day, direction, year) =>
    expect(yearForMonthDay(FRI, month, day, direction)).toBe(year));
  it('rejects a day no year has', () => expect(yearForMonthDay(FRI, 2, 30, 'past')).toBeNull());
  it('takes a leap day from the nearest leap year', () => expect(yearForMonthDay(parseIsoDate('2025-03-01')!, 2, 29, 'past')).toBe(2024));
  it('bare months', () => {
    expect(yearForMonth(FRI, 10, 'past')).toBe(2023);
    expect(yearForMonth(FRI, 2, 'past')).toBe(2024);
    expect(yearForMonth(FRI, 11, 'future')).toBe(2024);
  });
});

describe('shiftedValue keeps the unit granularity', () => {
  it.each([
    ['day', -2, '2024-01-31'],
    ['week', -1, '2024-W04'],
    ['month', -4, '2023-10'],
    ['quarter', -1, '2023-Q4'],
    ['year', -4, '2020'],
    ['decade', -1, '201'],
    ['weekend', 0, '2024-W05-WE'],
  ] as const)('%s %i → %s', (unit, steps, value) => expect(shiftedValue(FRI, unit, steps).value).toBe(value));
});

describe('yearlessDirection: before publication unless the clause is future (issue 4, item 3)', () => {
  it.each([
    ['past', 'past'],
    ['present', 'past'],
    [null, 'past'],
    ['future', 'future'],
  ] as const)('%s tense → %s', (tense: ClauseTense, direction) => expect(yearlessDirection(tense)).toBe(direction));
  it('a present-tense "March 20" stays before publication though the next one is nearer', () => {
    expect(yearForMonthDay(FRI, 3, 20, yearlessDirection('present'))).toBe(2023);
    expect(yearForMonthDay(FRI, 3, 20, yearlessDirection('future'))).toBe(2024);
  });
});

describe('dayOfYearlyEvent', () => {
  const christmas = (year: number) => ({ year, month: 12, day: 25 });
  it.each([
    ['past', '2023-12-25'],
    ['future', '2024-12-25'],
  ] as const)('Christmas, %s → %s', (direction, expected) => expect(formatDate(dayOfYearlyEvent(FRI, direction, christmas)!)).toBe(expected));
  it('the day itself counts as past', () => {
    expect(formatDate(dayOfYearlyEvent(parseIsoDate('2023-12-25')!, 'past', christmas)!)).toBe('2023-12-25');
  });
  it('gives null when no candidate year has the day', () => {
    expect(dayOfYearlyEvent(FRI, 'past', (year) => ({ year, month: 2, day: 30 }))).toBeNull();
  });
});
