import { expect, test } from 'vitest';
import { count } from '../../src/render/filters.ts';

test('count pluralises', () => {
  expect(count(0, 'article')).toBe('0 articles');
  expect(count(1, 'article')).toBe('1 article');
  expect(count(2, 'entry', 'entries')).toBe('2 entries');
});
