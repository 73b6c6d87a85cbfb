import { describe, expect, it } from 'vitest';
import { speakerMatches } from '../../src/eval/score-quotes.ts';

describe('speakerMatches', () => {
  // [gold speaker, our names, we have a speaker, ours is a named person, gold aliases]
  const right: Array<[string, string[], boolean, boolean, string[]]> = [
    ['Maria Lindqvist', ['Ms. Lindqvist', 'Lindqvist'], true, true, []],
    ['Ministry of Transport', ['Transport Ministry'], true, false, ['Transport Ministry']],
    ['Kurt Olsen Jr.', ['Olsen'], true, true, []],
    ['unnamed port official', ['the official'], true, false, []],
    ['unnamed officials (country not named)', ['Officials'], true, false, []],
    ['unattributed', [], false, false, []],
  ];
  it.each(right)('%s is named by %j', (gold, names, has, named, aliases) => {
    expect(speakerMatches(gold, names, has, named, aliases)).toBe(true);
  });

  const wrong: Array<[string, string[], boolean, boolean, string[]]> = [
    ['Maria Lindqvist', ['Tomas Berg'], true, true, []],
    ['unnamed official', ['Tomas Berg'], true, true, []],
    ['unattributed', ['Tomas Berg'], true, true, []],
    ['Maria Lindqvist', [], false, false, []],
  ];
  it.each(wrong)('%s is not named by %j', (gold, names, has, named, aliases) => {
    expect(speakerMatches(gold, names, has, named, aliases)).toBe(false);
  });
});
