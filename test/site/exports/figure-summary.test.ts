import { expect, test } from 'vitest';
import type { Figure } from '../../../src/model.ts';
import { figureSummary } from '../../../src/site/exports/figure-summary.ts';

const figure = (unit: Figure['unit'], value: number | null, qualifier: Figure['qualifier'], text = String(value)): Figure => ({
  start: 0, end: text.length, text, value, unit, qualifier, sentence: 0, category: 'casualties',
});

test.each<[string, readonly Figure[], string | null]>([
  ['no figures', [], null],
  ['one exact count', [figure('wounded', 34, null)], 'wounded=34'],
  ['hedged', [figure('wounded', 40, 'more than')], 'wounded=more than 40'],
  ['several, in order', [figure('wounded', 34, null), figure('killed', 3, 'at least')], 'wounded=34;killed=at least 3'],
  ['vague amount without a value', [figure('attacks', null, 'dozens', 'dozens')], 'attacks=dozens'],
  ['no value, no qualifier: the words', [figure('count', null, null, 'a few')], 'count=a few'],
  ['decimal', [figure('money', 2.5, 'about')], 'money=about 2.5'],
])('%s', (_label, figures, expected) => {
  expect(figureSummary(figures)).toBe(expected);
});
