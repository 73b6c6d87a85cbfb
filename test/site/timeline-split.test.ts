/** Folding the tail of a long list. */
import { expect, test } from 'vitest';
import { OPEN_ITEMS_PER_GROUP, splitOpen } from '../../src/site/timeline-split.ts';

test('a group shows 50 items before folding', () => {
  expect(OPEN_ITEMS_PER_GROUP).toBe(50);
});

test.each([
  // length, open → shown, folded
  [0, 50, 0, 0],
  [3, 2, 2, 1],
  [50, 50, 50, 0],
  [51, 50, 50, 1],
  [10_000, 50, 50, 9_950],
])('splitOpen of %i items at %i → %i shown, %i folded, order kept', (length, open, shown, folded) => {
  const items = Array.from({ length }, (_, i) => i);
  const split = splitOpen(items, open);
  expect([split.shown.length, split.more.length]).toEqual([shown, folded]);
  expect([...split.shown, ...split.more]).toEqual(items);
});
