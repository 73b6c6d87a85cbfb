import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/link/build-timeline.ts';
import type { Analysis, Article, ArticleId, TimeExpression } from '../../src/model.ts';

const id = (s: string): ArticleId => s as ArticleId;

function time(start: number, type: TimeExpression['type'], value: string, sentence = 0): TimeExpression {
  return { start, end: start + 4, text: 'text', type, value, basis: 'relative', explanation: '', sentence };
}

function analysis(articleId: string, times: TimeExpression[]): Analysis {
  return { articleId: id(articleId), analyzerVersion: 't', sentences: [], mentions: [], times, events: [], quotes: [], figures: [], diagnostics: [] };
}

const articles = [{ id: id('b') }, { id: id('a') }] as unknown as Article[];

describe('buildTimeline', () => {
  const { timeline, undated } = buildTimeline(articles, [
    analysis('b', [
      time(0, 'date', '2024-W04'),
      time(10, 'date', '2024-01-22', 1),
      time(20, 'duration', 'P40D'),
      time(30, 'date', 'PAST_REF'),
      time(40, 'set', 'P1Y'),
      time(50, 'date', 'XXXX-01-28'),
    ]),
    analysis('a', [
      time(5, 'date', '2024-01-22'),
      time(15, 'time', '2024-01-22TNI'),
      time(25, 'date', '199'),
      time(35, 'date', '2024-02'),
      time(45, 'date', '2024'),
    ]),
  ]);

  it('places dates and times on calendar spans, sorted by start, precision, article, offset', () => {
    expect(timeline.map((t) => [t.articleId, t.time, t.value, t.from, t.to, t.precision])).toEqual([
      ['a', 2, '199', '1990-01-01', '1999-12-31', 'decade'],
      ['a', 4, '2024', '2024-01-01', '2024-12-31', 'year'],
      ['a', 1, '2024-01-22TNI', '2024-01-22', '2024-01-23', 'time'], // a night runs into the next morning
      ['a', 0, '2024-01-22', '2024-01-22', '2024-01-22', 'day'],
      ['b', 1, '2024-01-22', '2024-01-22', '2024-01-22', 'day'],
      ['b', 0, '2024-W04', '2024-01-22', '2024-01-28', 'week'],
      ['a', 3, '2024-02', '2024-02-01', '2024-02-29', 'month'],
    ]);
  });

  it('keeps the sentence index', () => expect(timeline.find((t) => t.articleId === 'b' && t.time === 1)?.sentence).toBe(1));

  it('lists vague and unresolved dates as undated, and leaves out durations and sets', () => {
    expect(undated).toEqual([{ articleId: 'b', time: 3 }, { articleId: 'b', time: 5 }]);
  });
});
