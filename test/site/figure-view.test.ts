import { expect, test } from 'vitest';
import type { Figure } from '../../src/model.ts';
import { figureText } from '../../src/site/figure-view.ts';

type Parts = Pick<Figure, 'text' | 'value' | 'qualifier' | 'noun' | 'unit'>;
test.each<[Parts, string]>([
  [{ text: '34', value: 34, qualifier: null, noun: 'people', unit: 'wounded' }, '34 people'],
  [{ text: '40', value: 40, qualifier: 'more than', noun: 'people', unit: 'wounded' }, 'more than 40 people'],
  // No noun: the unit says what it counts.
  [{ text: '85', value: 85, qualifier: 'about', unit: 'targets' }, 'about 85 targets'],
  // A vague amount is its own qualifier: said once.
  [{ text: 'dozens', value: null, qualifier: 'dozens', noun: 'strikes', unit: 'attacks' }, 'dozens of strikes'],
  [{ text: 'Hundreds', value: null, qualifier: 'hundreds', unit: 'killed' }, 'Hundreds killed'],
  // A bare count has no unit word.
  [{ text: 'three', value: 3, qualifier: null, unit: 'count' }, 'three'],
])('%j → %s', (figure, text) => {
  expect(figureText(figure)).toBe(text);
});
