/** The events index: dated events in calendar order, undated apart, with report counts and flags. */
import { describe, expect, test } from 'vitest';
import type { Corpus, Event } from '../../src/model.ts';
import { eventsIndexPage } from '../../src/site/events-index-page.ts';
import { siteContext } from '../../src/site/site-context.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

const index = (corpus: Corpus = fixtureCorpus) => eventsIndexPage(siteContext(corpus, '/'));

describe('events index', () => {
  test('dated events by first day, with type, counts and what the sources disagree on', () => {
    expect(index().dated.map((e) => [e.date.text, e.typeLabel, e.text, e.reportCount, e.articleCount, e.disagreements, e.href])).toEqual([
      ['27 January 2024', 'attack', 'Rocket attack on a checkpoint', 2, 2, ['counts', 'dates'], '/events/rocket-attack-on-a-checkpoint/'],
      ['week 5 of 2024', 'negotiation', 'Abdel Fattah el-Sisi meets negotiators in Cairo', 1, 1, [], '/events/sisi-meets-negotiators-in-cairo/'],
      ['1 February 2024', 'negotiation', 'Talks between Egypt and Qatar in Cairo', 2, 2, [], '/events/talks-in-cairo/'],
    ]);
    expect([index().total, index().disputedCount, index().undated]).toEqual([3, 1, []]);
  });

  const at = (event: Event, date: Event['date'], slug: string, title: string): Event => ({ ...event, date, slug: slug as Event['slug'], title });
  test.each([
    // A coarser date starting the same day comes after the finer one.
    [[{ value: '2024-02', precision: 'month' }, { value: '2024-02-01', precision: 'day' }], ['day', 'month']],
    // An undated event is listed apart, not first or last among dated ones.
    [[null, { value: '2024-02-01', precision: 'day' }], ['day']],
  ] as const)('order: %j → %j', (dates, precisions) => {
    const events = dates.map((date, i) => at(fixtureCorpus.events[1]!, date, `e-${i}`, `Event ${i}`));
    const page = index({ ...fixtureCorpus, events });
    expect(page.dated.map((e) => e.precision)).toEqual(precisions);
    expect(page.dated.length + page.undated.length).toBe(dates.length);
  });

  test('a report in the same article twice counts once as an article', () => {
    const event = fixtureCorpus.events[0]!;
    const twice: Event = { ...event, reports: [event.reports[0]!, { ...event.reports[0]!, event: 0 }] };
    expect(index({ ...fixtureCorpus, events: [twice] }).dated.map((e) => [e.reportCount, e.articleCount])).toEqual([[2, 1]]);
  });

  test('no events: an empty index', () => {
    expect(index({ ...fixtureCorpus, events: [] })).toMatchObject({ dated: [], undated: [], total: 0, disputedCount: 0 });
  });
});
