import { describe, expect, it } from 'vitest';
import { isNameWord, personName } from '../../src/ingest/person-name.ts';

describe('personName', () => {
  it.each([['Jane Doe'], ['Mary-Kate O’Neil'], ['J. R. Smith'], ['Omar al-Rashid'], ['Lena van der Berg'], ['Kwame Mensah Boateng'], ['Zoë Çelik']])(
    '%s is a name',
    (text) => {
      expect(personName(text)).toBe(true);
    },
  );
});

describe('personName false positives', () => {
  it.each([
    ['Live Story'],
    ['Read More'],
    ['Breaking News'],
    ['Leave A Reply'],
    ['Middle East'],
    ['Monday Morning'],
    ['Jane'], // one word
    ['The Quiet Valley Road Again'], // function word
    ['Jane Doe said'],
    ['Talks stall'],
    ['jane doe'],
    ['Jane Doe.'],
  ])('%s is not a name', (text) => {
    expect(personName(text)).toBe(false);
  });

  it.each([
    ['Doe', true],
    ['al', true],
    ['Doe’s', false],
    ['news', false],
  ])('isNameWord(%s) → %s', (word, expected) => {
    expect(isNameWord(word)).toBe(expected);
  });
});
