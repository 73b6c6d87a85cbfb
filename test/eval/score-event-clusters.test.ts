import { describe, expect, it } from 'vitest';
import { discrepancyKind, goldNumbers, scoreEventClusters } from '../../src/eval/score-event-clusters.ts';
import type { Analysis, Article, ArticleId, Event, EventMention } from '../../src/model.ts';

describe('goldNumbers and discrepancyKind', () => {
  const NUMBERS: [number | string, number[]][] = [[3, [3]], ['>40', [40]], ['around 1,200', [1200]], ['two-thirds', []]];
  it.each(NUMBERS)('%s → %j', (value, expected) => expect(goldNumbers(value)).toEqual(expected));
  const KINDS: [string, string][] = [['Tower attack date', 'date'], ['Base location in Kessia', 'place'], ['Death toll (same date, 2024-02-02)', 'count'], ['Wounded', 'count']];
  it.each(KINDS)('%s → %s', (topic, kind) => expect(discrepancyKind(topic)).toBe(kind));
});

describe('scoreEventClusters', () => {
  const sentence = (index: number, start: number, end: number) => ({ index, start, end, paragraph: index, tense: 'past' as const });
  const make = (id: string, text: string): { article: Article; analysis: Analysis } => {
    const split = text.indexOf('. ') + 1;
    const ev = (s: number): EventMention => ({ start: 0, end: 1, type: 'attack', trigger: 'x', sentence: s, modality: 'asserted', agents: [], targets: [], places: [], time: null, timeBasis: null });
    return {
      article: { id: id as ArticleId, file: `${id}.txt`, text } as Article,
      analysis: { articleId: id as ArticleId, sentences: [sentence(0, 0, split), sentence(1, split + 1, text.length)], events: [ev(0), ev(1)] } as unknown as Analysis,
    };
  };
  const a = make('a', 'Rebels shelled Tarvik on Monday, killing 12. Talks resumed.');
  const b = make('b', 'Talks went on. Twelve died when rebels shelled Tarvik on Monday.');
  const goldArticles = [
    { file: 'a.txt', events: [{ summary: '', type: 'attack', sentence: 'Rebels shelled Tarvik on Monday, killing 12.', date: '2024-03-04', figures: { killed: 12 } }] },
    { file: 'b.txt', events: [{ summary: '', type: 'attack', sentence: 'Twelve died when rebels shelled Tarvik on Monday.', date: '2024-03-04', figures: { killed: 12 } }] },
  ];
  const goldEvents = [{ id: 'CE1', summary: 'shelling', type: 'attack', articles: [{ file: 'a.txt', date: '2024-03-04' }, { file: 'b.txt', date: '2024-03-04' }] }];
  const goldDiscrepancies = [{ topic: 'toll', event: 'CE1', values: { 'a.txt': '12', 'b.txt': 'twelve or more' } }];
  const event = (reports: [string, number][], discrepancies: Event['discrepancies'] = []): Event => ({
    id: 'e' as Event['id'], slug: 'e' as Event['slug'], type: 'attack', title: '', date: null, agents: [], targets: [], places: [], discrepancies,
    reports: reports.map(([articleId, e]) => ({ articleId: articleId as ArticleId, event: e, figures: [] })),
  });
  const score = (events: Event[]) =>
    scoreEventClusters({ articles: [a.article, b.article], analyses: [a.analysis, b.analysis], events }, goldEvents, goldDiscrepancies, goldArticles);

  it('counts a gold event grouped when one event holds a report at each anchored sentence', () => {
    expect(score([event([['a', 0], ['b', 1]])]).grouped).toBe(1);
  });
  const MISSES: [string, Event[]][] = [
    ['split over two events', [event([['a', 0]]), event([['b', 1]])]],
    ['one event, but the wrong sentence of b', [event([['a', 0], ['b', 0]])]],
    ['no events', []],
  ];
  it.each(MISSES)('misses when %s', (_, events) => expect(score(events).grouped).toBe(0));
  it('surfaces a gold discrepancy when the grouping event has one of its kind from two gold articles', () => {
    const values = [{ articleId: 'a' as ArticleId, value: '12', sentence: 0 }, { articleId: 'b' as ArticleId, value: 'more than 12', sentence: 1 }];
    expect(score([event([['a', 0], ['b', 1]], [{ kind: 'count', unit: 'killed', values, summary: '' }])]).surfaced).toBe(1);
    expect(score([event([['a', 0], ['b', 1]], [{ kind: 'date', values, summary: '' }])]).surfaced).toBe(0);
  });
});
