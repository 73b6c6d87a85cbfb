import { describe, expect, it, test } from 'vitest';
import { publishedView } from '../../src/site/date-view.ts';
import { htmlDatetime } from '../../src/site/html-datetime.ts';
import { readableDate } from '../../src/site/readable-date.ts';
import { dayRange } from '../../src/site/day-range.ts';

describe('htmlDatetime', () => {
  const valid = ['2024', '2024-02', '2024-02-29', '2024-W05', '2020-W53', '2024-03-03T14:30', '2024-03-03T14:30:05', 'P3D', 'PT2H', 'P1DT12H'];
  const invalid = [
    'PAST_REF', 'PRESENT_REF', 'FUTURE_REF', 'XXXX-01-28', 'XXXX', '2024-Q1', '2024-SP', '2024-02-02TMO', '202', '20',
    '2023-02-29', '2024-13', '2024-00', '2024-W54', '2023-W53', 'P2Y', 'P3M', 'P2W', 'P', 'PT', '"><x>', '',
  ];
  for (const value of valid) test(`${value} is valid`, () => expect(htmlDatetime(value)).toBe(true));
  for (const value of invalid) test(`${JSON.stringify(value)} is not`, () => expect(htmlDatetime(value)).toBe(false));
});

describe('readableDate', () => {
  const table: readonly [string, string][] = [
    ['2024-02-02', '2 February 2024'],
    ['2024-02', 'February 2024'],
    ['2024', '2024'],
    ['2024-W05', 'week 5 of 2024'],
    ['2024-Q1', 'Q1 2024'],
    ['2024-SU', 'summer 2024'],
    ['2024-H2', 'second half of 2024'],
    ['202', 'the 2020s'],
    ['19', 'the 1900s'],
    ['2024-03-03T14:30', '3 March 2024, 14:30'],
    ['2024-02-02TMO', '2 February 2024, morning'],
    ['P3D', '3 days'],
    ['P1Y', '1 year'],
    ['PT2H30M', '2 hours 30 minutes'],
    ['PXY', 'some years'],
    ['PAST_REF', 'the past'],
    ['XXXX-01-28', 'XXXX-01-28'],
  ];
  for (const [value, expected] of table) test(`${value} → ${expected}`, () => expect(readableDate(value)).toBe(expected));
});

describe('dayRange', () => {
  const table: readonly [string, string, string][] = [
    ['2024-01-29', '2024-02-04', '29 January – 4 February 2024'],
    ['2024-03-04', '2024-03-10', '4–10 March 2024'],
    ['2024-12-30', '2025-01-05', '30 December 2024 – 5 January 2025'],
    ['2024-03-04', '2024-03-04', '4 March 2024'],
  ];
  for (const [from, to, expected] of table) test(`${from}..${to}`, () => expect(dayRange(from, to)).toBe(expected));
});

describe('publishedView', () => {
  it.each([
    [{ value: '2024-02-04', basis: 'inferred' as const, note: 'from the lead' }, { text: '4 February 2024', datetime: '2024-02-04', inferred: true }],
    [{ value: '2024-02-04', basis: 'stated' as const, line: 3 }, { text: '4 February 2024', datetime: '2024-02-04' }],
    [{ value: '2024-02-04', basis: 'front-matter' as const }, { text: '4 February 2024', datetime: '2024-02-04' }],
    [{ value: null, basis: 'unknown' as const }, { text: 'Undated', datetime: null }],
  ])('%j → %j', (field, expected) => {
    expect(publishedView(field)).toEqual(expected);
  });
});
