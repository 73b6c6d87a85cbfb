import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/ingest/article-from-text.ts';
import { applyInferredDates } from '../../../src/link/publication/apply-inferred-dates.ts';
import { markInferredAnchor } from '../../../src/link/publication/mark-inferred-anchor.ts';
import type { Analysis, ArticleId, TimeExpression } from '../../../src/model.ts';

const id = (s: string): ArticleId => s as ArticleId;

describe('applyInferredDates', () => {
  const undated = articleFromText('u', 'Crews cleared the road on Monday.', null);
  const dated = articleFromText('d', 'Crews cleared the road on Monday.', '2031-03-14');
  const inferred = new Map([
    [id('u'), { value: '2031-03-10', note: 'the lead says Monday' }],
    [id('d'), { value: '1999-01-01', note: 'must be ignored' }],
  ]);
  const { articles, changed } = applyInferredDates([dated, undated], inferred);

  it('marks the inferred date as inferred, with its note', () => {
    expect(articles[1]?.meta.published).toEqual({ value: '2031-03-10', basis: 'inferred', note: 'the lead says Monday' });
    expect(changed).toEqual([1]);
  });
  it('never replaces a date the article already has (false positive)', () => {
    expect(articles[0]?.meta.published).toEqual(dated.meta.published);
  });
});

function time(explanation: string, anchor?: string): TimeExpression {
  return { start: 0, end: 6, text: 'Monday', type: 'date', value: '2031-03-10', basis: 'relative', explanation, sentence: 0, ...(anchor ? { anchor } : {}) };
}

describe('markInferredAnchor', () => {
  const cases: readonly [string, TimeExpression, string][] = [
    [
      'a relative date against the inferred day says so',
      time("'Monday' resolved against the publication date 2031-03-14 (Fri)", '2031-03-14'),
      "'Monday' resolved against the inferred publication date 2031-03-14 (Fri)",
    ],
    ['a stated date is left alone (false positive)', time("'10 March 2031' states the date"), "'10 March 2031' states the date"],
    [
      'an explanation against another anchor is left alone (false positive)',
      time("'Monday' resolved against the publication date 2031-03-20 (Thu)", '2031-03-20'),
      "'Monday' resolved against the publication date 2031-03-20 (Thu)",
    ],
  ];
  for (const [name, t, expected] of cases) {
    it(name, () => {
      const analysis = { articleId: id('u'), times: [t] } as unknown as Analysis;
      expect(markInferredAnchor(analysis, '2031-03-14').times[0]?.explanation).toBe(expected);
    });
  }
});
