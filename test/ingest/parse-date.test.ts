import { describe, expect, it } from 'vitest';
import { findDate, isoDate, parseDate } from '../../src/ingest/parse-date.ts';

describe('parseDate', () => {
  it.each([
    ['02 February, 2024', '2024-02-02'],
    ['February 26, 2021', '2021-02-26'],
    ['Feb 8th 2024', '2024-02-08'],
    ['2024-02-02', '2024-02-02'],
    ['2024/3/9', '2024-03-09'],
    ['2023-11-07T09:15:00+02:00', '2023-11-07'],
    ['Feb. 2, 2024', '2024-02-02'],
    ['Sept. 30, 2019', '2019-09-30'],
    ['2 Feb 2024', '2024-02-02'],
    ['1st of May 2020', '2020-05-01'],
    ['Monday, 5 February 2024', '2024-02-05'],
    ['29 February 2024', '2024-02-29'],
    ['dec 31 1999', '1999-12-31'],
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('parseDate false positives', () => {
  it.each([
    ['31 February 2024'], // impossible day
    ['29 February 2023'], // not a leap year
    ['2024-13-01'], // month 13
    ['February 2024'], // no day: not a publication date
    ['02/03/2024'], // ambiguous day/month order
    ['Mayday 5 2024'],
    ['Room 12 March'], // no year
    ['1,200 people'],
    [''],
  ])('%s → null', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('findDate', () => {
  it('returns the earliest date with its text and position', () => {
    expect(findDate('Talks on 3 May 2022 and June 1, 2022')).toEqual({ value: '2022-05-03', text: '3 May 2022', index: 9 });
  });
  it.each([
    [2024, 2, 29, '2024-02-29'],
    [2023, 2, 29, null],
    [1700, 1, 1, null],
  ])('isoDate(%i, %i, %i) → %s', (y, m, d, expected) => {
    expect(isoDate(y, m, d)).toBe(expected);
  });
});
