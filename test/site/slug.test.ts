import { describe, expect, it } from 'vitest';
import type { Slug } from '../../src/model.ts';
import { slugify, uniqueSlugs } from '../../src/site/slug.ts';

describe('slugify', () => {
  it.each([
    ['Joe Biden', 'joe-biden'],
    ["Kata'ib Brigade", 'kataib-brigade'],
    ['Kata’ib Brigade', 'kataib-brigade'],
    ['Ministry of Défense', 'ministry-of-defense'],
    ['U.S. strikes: what we know', 'u-s-strikes-what-we-know'],
    ['AT&T', 'at-and-t'],
    ['  --Hello--  ', 'hello'],
    ['北京', 'untitled'],
    ['', 'untitled'],
  ])('%j → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('caps the length without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('uniqueSlugs', () => {
  it.each([
    [['a', 'b'], [], ['a', 'b']],
    [['a', 'a', 'a'], [], ['a', 'a-2', 'a-3']],
    [['a', 'a-2', 'a'], [], ['a', 'a-2', 'a-3']],
    [['index', 'x'], ['index'], ['index-2', 'x']],
  ])('%j (reserved %j) → %j', (input, reserved, expected) => {
    expect(uniqueSlugs(input as Slug[], reserved)).toEqual(expected);
  });
});
