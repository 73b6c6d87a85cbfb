/** One event page: every report side by side with its date, figures, places and sentence; where they differ. */
import { describe, expect, test } from 'vitest';
import type { Corpus, Event } from '../../src/model.ts';
import { eventPage } from '../../src/site/event-page.ts';
import { siteContext } from '../../src/site/site-context.ts';
import type { EventPage } from '../../src/site/view-models.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

const pageOf = (slug: string, corpus: Corpus = fixtureCorpus, prefix = '/'): EventPage =>
  eventPage(siteContext(corpus, prefix), corpus.events.find((e) => e.slug === slug)!);
const attack = pageOf('rocket-attack-on-a-checkpoint');
const talks = pageOf('talks-in-cairo');

describe('header', () => {
  test.each([
    // slug, date text, datetime, precision, dates differ
    ['rocket-attack-on-a-checkpoint', '27 January 2024', '2024-01-27', 'day', true],
    ['talks-in-cairo', '1 February 2024', '2024-02-01', 'day', false],
    ['sisi-meets-negotiators-in-cairo', 'week 5 of 2024', '2024-W05', 'week', false],
  ])('%s: %s (%s), precision %s, dates differ %s', (slug, text, datetime, precision, differ) => {
    const page = pageOf(slug);
    expect([page.date.text, page.date.datetime, page.precision, page.datesDiffer]).toEqual([text, datetime, precision, differ]);
    expect(page.path).toBe(`/events/${slug}/`);
  });

  test('the date says how many reports give it and how it was resolved', () => {
    expect(attack.dateBasis).toBe("Given by 1 of 2 dated reports: relative to publication, 'on Saturday' against publication date 2024-02-02.");
    expect(talks.dateBasis).toBe('Given by 1 of 1 dated report: stated, full date stated.');
  });

  test('the date basis counts reports per sentence, as the page does', () => {
    const event = fixtureCorpus.events.find((e) => e.slug === 'rocket-attack-on-a-checkpoint')!;
    const twice: Event = { ...event, reports: event.reports.flatMap((r) => [r, r]) };
    expect(eventPage(siteContext({ ...fixtureCorpus, events: [twice] }, '/'), twice).dateBasis).toBe(attack.dateBasis);
  });

  test('an undated event says no report dates it', () => {
    const event: Event = { ...fixtureCorpus.events[1]!, date: null };
    const page = eventPage(siteContext({ ...fixtureCorpus, events: [event] }, '/'), event);
    expect([page.date.text, page.date.datetime, page.precision, page.dateBasis]).toEqual(['Undated', null, null, 'No report dates this event.']);
  });

  test('participant rows are "By" and "Against"; a tally has an owner ("Whose") and no target row', () => {
    expect(attack.roles).toEqual({ agents: 'By', targets: 'Against' });
    const tally: Event = { ...fixtureCorpus.events[1]!, type: 'tally' };
    expect(eventPage(siteContext({ ...fixtureCorpus, events: [tally] }, '/'), tally).roles).toEqual({ agents: 'Whose', targets: null });
  });

  test('a reaction links the event it answers, which lists it back; its participants are who spoke', () => {
    const [deed, other] = [fixtureCorpus.events[0]!, fixtureCorpus.events[1]!];
    const reaction: Event = { ...other, type: 'statement', reactsTo: deed.id };
    const corpus = { ...fixtureCorpus, events: [deed, reaction] };
    const page = eventPage(siteContext(corpus, '/'), reaction);
    expect(page.reactsTo).toEqual({ href: `/events/${deed.slug}/`, text: deed.title });
    expect(page.roles).toEqual({ agents: 'Who spoke', targets: null });
    expect(page.typeLabel).toBe('reaction');
    expect(eventPage(siteContext(corpus, '/'), deed).reactions).toEqual([{ href: `/events/${reaction.slug}/`, text: reaction.title }]);
    expect([attack.reactsTo, attack.reactions]).toEqual([null, []]);
  });

  test('an undated tally says it is a standing count, true as of each article', () => {
    const tally: Event = { ...fixtureCorpus.events[1]!, type: 'tally', date: null };
    expect(eventPage(siteContext({ ...fixtureCorpus, events: [tally] }, '/'), tally).dateBasis).toBe('A standing count: each report gives it as of its article’s date.');
  });

  test('agents and places link to actor pages', () => {
    expect(talks.agents.map((a) => a.href)).toEqual(['/actors/egypt/', '/actors/qatar/']);
    expect(talks.places.map((a) => a.text)).toEqual(['Cairo']);
    expect(attack.agents).toEqual([]);
  });
});

describe('reports side by side', () => {
  test('one per report, in corpus order, with the outlet and article', () => {
    expect(attack.reports.map((r) => [r.outlet, r.outletKnown, r.article.href])).toEqual([
      ['Example Wire', true, '/articles/ceasefire-talks-resume-in-cairo/'],
      ['Daily Example', true, '/articles/talks-stall-script/'],
    ]);
  });

  test('an unknown outlet falls back to the article title and says so', () => {
    const articles = fixtureCorpus.articles.map((a, i) => (i === 1 ? { ...a, meta: { ...a.meta, source: { value: null, basis: 'unknown' as const } } } : a));
    const page = pageOf('rocket-attack-on-a-checkpoint', { ...fixtureCorpus, articles });
    expect([page.reports[1]!.outlet, page.reports[1]!.outletKnown]).toEqual(['Talks "stall" <script>alert(1)</script>', false]);
  });

  test('the date as reported: words, value, precision, basis, explanation', () => {
    expect(attack.reports.map((r) => r.date && [r.date.text, r.date.date.datetime, r.date.precision, r.date.basis, r.date.explanation, r.date.borrowed])).toEqual([
      ['Saturday', '2024-01-27', 'day', 'relative to publication', "'on Saturday' against publication date 2024-02-02", false],
      ['28 January 2024', '2024-01-28', 'day', 'stated', 'full date stated', false],
    ]);
    // The undated article's report of the talks gives no date.
    expect(talks.reports.map((r) => r.date?.text ?? null)).toEqual(['1 February 2024', null]);
  });

  test('a date taken from an earlier sentence is marked as borrowed, linked to that sentence', () => {
    const analyses = fixtureCorpus.analyses.map((a, i) =>
      i === 0 ? { ...a, events: a.events.map((e, j) => (j === 4 ? { ...e, time: 1, timeBasis: 'nearest' as const } : e)) } : a,
    );
    const page = pageOf('rocket-attack-on-a-checkpoint', { ...fixtureCorpus, analyses });
    expect(page.reports[0]!.date).toMatchObject({ text: 'last Friday', borrowed: true, href: '/articles/ceasefire-talks-resume-in-cairo/#s-4', sentenceNumber: 4 });
  });

  test('figures with qualifiers, each linked to its sentence', () => {
    expect(attack.reports.map((r) => r.figures.map((f) => [f.text, f.unit, f.href]))).toEqual([
      [['34 people', 'wounded', '/articles/ceasefire-talks-resume-in-cairo/#s-8']],
      [['more than 40 people', 'wounded', '/articles/talks-stall-script/#s-4']],
    ]);
  });

  test('places and participants as written, linked when they are actors', () => {
    expect(talks.reports.map((r) => r.places.map((p) => [p.text, p.actor?.href ?? null]))).toEqual([
      [['Cairo', '/actors/cairo/']],
      [['Cairo', '/actors/cairo/']],
    ]);
    expect(attack.reports.map((r) => r.targets.map((p) => [p.text, p.actor]))).toEqual([[['a checkpoint', null]], [['the checkpoint', null]]]);
  });

  test('the sentence with the trigger marked, linked to its anchor', () => {
    const [first] = attack.reports;
    expect(first!.sentence.href).toBe('/articles/ceasefire-talks-resume-in-cairo/#s-8');
    expect(first!.sentence.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['hit']);
    expect(first!.trigger).toBe('hit');
    expect(first!.modality).toBeNull();
  });

  test('two reports in one sentence make one card, with both triggers marked and figures once', () => {
    // "wounding" in the same sentence as "hit", reported as a second mention of the attack.
    const analyses = fixtureCorpus.analyses.map((a, i) => {
      if (i !== 0) return a;
      const hit = a.events[4]!;
      const start = fixtureCorpus.articles[0]!.text.indexOf('wounding');
      return { ...a, events: [...a.events, { ...hit, type: 'wounding' as const, trigger: 'wounding', start, end: start + 8, time: null, timeBasis: null }] };
    });
    const event: Event = { ...fixtureCorpus.events[0]!, reports: [...fixtureCorpus.events[0]!.reports, { articleId: fixtureCorpus.articles[0]!.id, event: 5, figures: [0] }] };
    const page = eventPage(siteContext({ ...fixtureCorpus, analyses, events: [event] }, '/'), event);
    expect(page.reports.map((r) => [r.outlet, r.trigger, r.figures.length, r.date?.text ?? null])).toEqual([
      ['Example Wire', 'hit, wounding', 1, 'Saturday'],
      ['Daily Example', 'hit', 1, '28 January 2024'],
    ]);
    expect(page.reports[0]!.sentence.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['hit', 'wounding']);
  });

  test('a report of the event as planned carries the future tag', () => {
    const event: Event = { ...fixtureCorpus.events[0]!, reports: [{ ...fixtureCorpus.events[0]!.reports[0]!, planned: true }] };
    const page = eventPage(siteContext({ ...fixtureCorpus, events: [event] }, '/'), event);
    expect(page.reports[0]!.modality?.label).toBe('future');
  });
});

describe('where the sources disagree', () => {
  test('each discrepancy with its values side by side, linked to their sentences', () => {
    expect(attack.discrepancies.map((d) => [d.label, d.minor, d.values.map((v) => [v.outlet, v.text, v.datetime, v.href])])).toEqual([
      ['Counts differ: wounded', null, [
        ['Example Wire', '34', null, '/articles/ceasefire-talks-resume-in-cairo/#s-8'],
        ['Daily Example', 'more than 40', null, '/articles/talks-stall-script/#s-4'],
      ]],
      ['Dates differ', null, [
        ['Example Wire', '27 January 2024', '2024-01-27', '/articles/ceasefire-talks-resume-in-cairo/#s-8'],
        ['Daily Example', '28 January 2024', '2024-01-28', '/articles/talks-stall-script/#s-4'],
      ]],
    ]);
    expect(talks.discrepancies).toEqual([]);
  });

  test('a minor discrepancy (the values could all be right) says so', () => {
    const event: Event = { ...fixtureCorpus.events[0]!, discrepancies: [{ ...fixtureCorpus.events[0]!.discrepancies[0]!, minor: true }] };
    const page = eventPage(siteContext({ ...fixtureCorpus, events: [event] }, '/'), event);
    expect(page.discrepancies.map((d) => d.minor?.label)).toEqual(['could all be right']);
    const days: Event = { ...fixtureCorpus.events[0]!, discrepancies: [{ kind: 'date', values: [], summary: '', minor: true }] };
    expect(eventPage(siteContext({ ...fixtureCorpus, events: [days] }, '/'), days).discrepancies.map((d) => d.minor?.label)).toEqual(['perhaps different days']);
  });
});

test('a path prefix applies to every link', () => {
  const page = pageOf('talks-in-cairo', fixtureCorpus, '/news/');
  expect([page.path, page.href, page.indexHref]).toEqual(['/events/talks-in-cairo/', '/news/events/talks-in-cairo/', '/news/events/']);
  expect(page.reports[0]!.sentence.href).toBe('/news/articles/ceasefire-talks-resume-in-cairo/#s-1');
});
