import { describe, expect, it } from 'vitest';
import { actorSearchTags, datedSearchTags, monthOf } from '../../src/site/search-tags.ts';

describe('monthOf', () => {
  it.each([
    ['2024-02-02', '2024-02'],
    ['2024-02', '2024-02'],
    ['2024', null],
    ['2024-W05', null],
    ['2024-02-02T10:00', null],
    ['XXXX-01-28', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (value, expected) => {
    expect(monthOf(value)).toBe(expected);
  });
});

describe('datedSearchTags', () => {
  it.each([
    ['2024-02-02', { type: 'article', months: ['2024-02'], date: '2024-02-02' }],
    ['2024', { type: 'article', months: [], date: '2024' }],
    ['PAST_REF', { type: 'article', months: [], date: null }],
    [null, { type: 'article', months: [], date: null }],
  ])('an article dated %j', (date, expected) => {
    expect(datedSearchTags('article', date)).toEqual(expected);
  });
});

describe('actorSearchTags', () => {
  it('has every month of its articles once, in order, and no date', () => {
    expect(actorSearchTags('person', ['2024-02-04', null, '2024-01-30', '2024-02-02', '2023'])).toEqual({
      type: 'person', months: ['2024-01', '2024-02'], date: null,
    });
  });

  it('has no month when its articles are undated', () => {
    expect(actorSearchTags('place', [null]).months).toEqual([]);
  });
});
