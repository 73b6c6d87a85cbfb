import { describe, expect, it } from 'vitest';
import { countriesWithOfficialHead, countryOf, demonymOf, isKnownCity } from '../../../src/analyze/entities/gazetteer.ts';

describe('countryOf', () => {
  const table: Array<[string, string | undefined]> = [
    ['United States', 'United States'],
    ['U.S.', 'United States'],
    ['USA', 'United States'],
    ['America', 'United States'],
    ['Britain', 'United Kingdom'],
    ['UK', 'United Kingdom'],
    ['Islamic Republic of Iran', 'Iran'],
    ['the Netherlands', 'Netherlands'],
    ['IN', undefined],
    ['IT', undefined],
    ['Texas', undefined],
  ];
  it.each(table)('%s → %s', (surface, country) => {
    expect(countryOf(surface)?.country).toBe(country);
  });
});

describe('demonymOf', () => {
  const table: Array<[string, string | undefined, boolean | undefined]> = [
    ['Peruvian', 'Peru', false],
    ['Peruvians', 'Peru', true],
    ['American', 'United States', false],
    ['British', 'United Kingdom', false],
    ['Chinese', 'China', false],
    ['Chineses', undefined, undefined],
    ['peruvian', undefined, undefined],
  ];
  it.each(table)('%s → %s', (word, country, plural) => {
    const match = demonymOf(word);
    expect(match?.country).toBe(country);
    expect(match?.plural).toBe(plural);
  });
});

describe('isKnownCity', () => {
  const table: Array<[string, boolean]> = [
    ['Nairobi', true],
    ['Lisbon', true],
    ['Mobile', false],
    ['Victoria', false],
    ['Reading', false],
    ['Tiny Hamlet', false],
  ];
  it.each(table)('%s → %s', (name, known) => {
    expect(isKnownCity(name)).toBe(known);
  });
});

describe('countriesWithOfficialHead', () => {
  const table: Array<[string, boolean, string | undefined]> = [
    ['Islamic Republic', true, 'Iran'],
    ['the Islamic Republic', true, 'Iran'],
    // One word names nothing; a country's own name is no official-name head.
    ['Republic', false, undefined],
    ['Kingdom', false, undefined],
    ['Iran', false, undefined],
  ];
  it.each(table)('%s', (surface, some, includes) => {
    const found = countriesWithOfficialHead(surface);
    expect(found.length > 0).toBe(some);
    if (includes) expect(found).toContain(includes);
  });
});
