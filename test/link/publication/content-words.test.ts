import { describe, expect, it } from 'vitest';
import { contentWords, sharedCount } from '../../../src/link/publication/content-words.ts';

describe('contentWords', () => {
  const cases: readonly [string, readonly string[]][] = [
    ['Ferry crews blocked the harbour entrance.', ['ferry', 'crew', 'blocked', 'harbour', 'entrance']],
    ['The council votes on budgets.', ['council', 'vote', 'budget']],
    ['Glass and grass', ['glass', 'grass']],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}"`, () => expect([...contentWords(text)].sort()).toEqual([...expected].sort()));
  }
});

describe('contentWords: words that must not count as agreement', () => {
  const cases: readonly [string, string][] = [
    ['function words', 'They said that this would have been about their'],
    ['calendar words', 'On Tuesday morning last week in March, early tonight'],
    ['short words', 'a an of to in on at by it is'],
  ];
  for (const [name, text] of cases) {
    it(name, () => expect([...contentWords(text)]).toEqual([]));
  }
});

describe('sharedCount', () => {
  const cases: readonly [string, string, number][] = [
    ['Ferry crews blocked the harbour.', 'The harbour was blocked by ferry crews on Monday.', 4],
    ['Ferry crews blocked the harbour on Monday.', 'Bakers sold bread on Monday.', 0],
  ];
  for (const [a, b, n] of cases) {
    it(`${a} / ${b}`, () => expect(sharedCount(contentWords(a), contentWords(b))).toBe(n));
  }
});
