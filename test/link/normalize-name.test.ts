import { describe, expect, it } from 'vitest';
import { acronymLetters, initialsOf, isSpellingVariant, jaroWinkler, normalizeName } from '../../src/link/normalize-name.ts';

describe('normalizeName', () => {
  const table: Array<[string, string]> = [
    ['The U.S.', 'us'],
    ["Spain's", 'spain'],
    ['Zorbia’s', 'zorbia'],
    ['Al-Qaeda', 'al qaeda'],
    ["Kata'ib Nasr", 'kataib nasr'],
    ['Kata’ib Nasr', 'kataib nasr'],
    ['José  Núñez', 'jose nunez'],
    ['the Blue Lake Group', 'blue lake group'],
  ];
  it.each(table)('%s → %s', (input, key) => {
    expect(normalizeName(input)).toBe(key);
  });
});

describe('isSpellingVariant: variants that merge', () => {
  const table: Array<[string, string]> = [
    ['Muhammad', 'Mohammed'],
    ['Qaddafi', 'Gaddafi'],
    ['Al-Qaeda', 'al Qaida'],
    ['Tchaikovsky', 'Chaikovsky'],
    ['Qassim Suleimani', 'Qasem Soleimani'],
    ['Kataib Nasr', 'Kataeb Nasr'],
    ['Ahmed Karimov', 'Ahmad Karimov'],
  ];
  it.each(table)('%s ~ %s', (a, b) => {
    expect(isSpellingVariant(a, b)).toBe(true);
  });
});

describe('isSpellingVariant: names that must stay apart', () => {
  const table: Array<[string, string]> = [
    ['Iran', 'Iraq'],
    ['Austria', 'Australia'],
    ['John Smith', 'Jane Smith'],
    ['Niger', 'Nigeria'],
    ['Sudan', 'South Sudan'],
    ['Slovakia', 'Slovenia'],
    ['Dan Reed', 'Don Reed'],
    ['Mali', 'Malawi'],
    ['Same Name', 'Same Name'],
  ];
  it.each(table)('%s ≁ %s', (a, b) => {
    expect(isSpellingVariant(a, b)).toBe(false);
  });
});

describe('initialsOf and acronymLetters', () => {
  const initials: Array<[string, string]> = [
    ['Ministry of Defence', 'MD'],
    ['Organization of the Petroleum Exporting Countries', 'OPEC'],
    ['Zorbian Revolutionary Guard Corps', 'ZRGC'],
    ['United States of America', 'USA'],
  ];
  it.each(initials)('%s → %s', (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
  const letters: Array<[string, string | null]> = [
    ['U.S.', 'US'],
    ['NATO', 'NATO'],
    ['Nato', null],
    ['I', null],
  ];
  it.each(letters)('%s → %s', (name, expected) => {
    expect(acronymLetters(name)).toBe(expected);
  });
});

describe('jaroWinkler', () => {
  it('is 1 for equal strings and 0 for disjoint ones', () => {
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
  it('scores the classic MARTHA/MARHTA pair at about 0.961', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
  });
});
