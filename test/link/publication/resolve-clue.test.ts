import { describe, expect, it } from 'vitest';
import type { DateClue } from '../../../src/link/publication/date-clues.ts';
import { resolveClue } from '../../../src/link/publication/resolve-clue.ts';

const base = { text: 'x', start: 0, end: 1, sentence: 0, words: new Set<string>() } as const;
// 2031-03-14 is a Friday.
const FRIDAY = { year: 2031, month: 3, day: 14 };

describe('resolveClue against a candidate publication day (2031-03-14, Fri)', () => {
  const cases: readonly [string, DateClue, string | null][] = [
    ['past-tense Friday is the day itself', { ...base, kind: 'weekday', weekday: 5, direction: 'past' }, '2031-03-14'],
    ['past-tense Wednesday is two days before', { ...base, kind: 'weekday', weekday: 3, direction: 'past' }, '2031-03-12'],
    ['future-tense Monday is the next one', { ...base, kind: 'weekday', weekday: 1, direction: 'future' }, '2031-03-17'],
    ['today', { ...base, kind: 'day-offset', days: 0, direction: 'nearest' }, '2031-03-14'],
    ['yesterday', { ...base, kind: 'day-offset', days: -1, direction: 'past' }, '2031-03-13'],
    ['past-tense March 20 is last year', { ...base, kind: 'month-day', month: 3, day: 20, direction: 'past' }, '2030-03-20'],
    ['past-tense March 10 is this year', { ...base, kind: 'month-day', month: 3, day: 10, direction: 'past' }, '2031-03-10'],
    ['past-tense October is last year', { ...base, kind: 'month', month: 10, direction: 'past' }, '2030-10'],
    ['no-tense March 20 is still the latest one before, not the nearer one after', { ...base, kind: 'month-day', month: 3, day: 20, direction: 'nearest' }, '2030-03-20'],
    ['future-tense March 10 is next year', { ...base, kind: 'month-day', month: 3, day: 10, direction: 'future' }, '2032-03-10'],
    ['no-tense April is last year', { ...base, kind: 'month', month: 4, direction: 'nearest' }, '2030-04'],
  ];
  for (const [name, clue, expected] of cases) {
    it(name, () => expect(resolveClue(clue, FRIDAY)).toBe(expected));
  }
});

describe('resolveClue: no value', () => {
  const cases: readonly [string, DateClue][] = [
    ['February 30 never exists', { ...base, kind: 'month-day', month: 2, day: 30, direction: 'past' }],
  ];
  for (const [name, clue] of cases) {
    it(name, () => expect(resolveClue(clue, FRIDAY)).toBeNull());
  }
});
