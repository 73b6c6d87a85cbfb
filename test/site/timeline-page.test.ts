/**
 * The timeline view model: events by date, other dated references folded under each heading, filter
 * data per item, grouping keys, folding big groups, flags, order.
 */
import { describe, expect, test } from 'vitest';
import type { Analysis, Article, Corpus, Event, TimeExpression, TimelineItem } from '../../src/model.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { siteContext } from '../../src/site/site-context.ts';
import { relativeHref } from '../../src/site/site-urls.ts';
import { sortedTimeline, timelinePage } from '../../src/site/timeline-page.ts';
import type { TimelineEventView, TimelineItemView, TimelinePage } from '../../src/site/view-models.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

const page = (corpus: Corpus = fixtureCorpus, pathPrefix = '/'): TimelinePage => timelinePage(siteContext(corpus, pathPrefix));
/** Date mentions that date no event, dated then undated. */
const allItems = (t: TimelinePage): TimelineItemView[] => [...t.groups.flatMap((g) => g.references), ...t.undatedReferences];
const allEvents = (t: TimelinePage): TimelineEventView[] => [
  ...t.groups.flatMap((g) => [...g.entries, ...g.more]),
  ...t.undated,
  ...t.undatedMore,
];
const byText = (t: TimelinePage, text: string): TimelineItemView => allItems(t).find((e) => e.text === text)!;
const bySlug = (t: TimelinePage, slug: string): TimelineEventView => allEvents(t).find((e) => e.slug === slug)!;

/** The fixture corpus with one time expression of the dated article changed. */
function withTime(index: number, change: Partial<TimeExpression>, article: Partial<Article> = {}): Corpus {
  const talks: Analysis = fixtureCorpus.analyses[0]!;
  const times = talks.times.map((t, i) => (i === index ? { ...t, ...change } : t));
  return {
    ...fixtureCorpus,
    articles: [{ ...fixtureCorpus.articles[0]!, ...article }, ...fixtureCorpus.articles.slice(1)],
    analyses: [{ ...talks, times }, ...fixtureCorpus.analyses.slice(1)],
  };
}

const attack = fixtureCorpus.events.find((e) => e.slug === 'rocket-attack-on-a-checkpoint')!;
const talks = fixtureCorpus.events.find((e) => e.slug === 'talks-in-cairo')!;

/** The fixture corpus with `n` copies of the attack (January 2024) and the talks (February); Sisi's meeting left out. */
function withCopies(n: number, date: Event['date'] = attack.date): Corpus {
  const copies = Array.from({ length: n }, (_, i): Event => ({ ...attack, date, slug: `attack-${i}` as Event['slug'] }));
  return { ...fixtureCorpus, events: [...copies, talks] };
}

describe('events are what the timeline shows', () => {
  test('each dated event once, under the heading of its date, in calendar order', () => {
    expect(page().groups.map((g) => [g.label, g.entries.map((e) => e.slug)])).toEqual([
      ['January 2024', ['rocket-attack-on-a-checkpoint', 'sisi-meets-negotiators-in-cairo']],
      ['February 2024', ['talks-in-cairo']],
      ['March 2024', []],
    ]);
  });

  test('an event item: date, precision, range, how the date was obtained, reports and their sentences', () => {
    const item = bySlug(page(), 'rocket-attack-on-a-checkpoint');
    expect([item.date.datetime, item.precision, item.range, item.datesDiffer, item.reportCount, item.href]).toEqual([
      '2024-01-27', 'day', null, true, 2, '/events/rocket-attack-on-a-checkpoint/',
    ]);
    expect(item.basis).toBe("Given by 1 of 2 dated reports: relative to publication, 'on Saturday' against publication date 2024-02-02.");
    expect(item.reports.map((r) => [r.outlet, r.sentence.href])).toEqual([
      ['Example Wire', '/articles/ceasefire-talks-resume-in-cairo/#s-8'],
      ['Daily Example', '/articles/talks-stall-script/#s-4'],
    ]);
    expect(bySlug(page(), 'sisi-meets-negotiators-in-cairo').range).toBe('29 January – 4 February 2024');
  });

  test('date mentions that date an event are not listed again; the others are kept as references', () => {
    expect(page().groups.map((g) => [g.label, g.references.map((r) => r.text)])).toEqual([
      ['January 2024', ['last Friday']],
      ['February 2024', []],
      ['March 2024', ['March']],
    ]);
    expect(page().undatedReferences.map((r) => r.text)).toEqual(['last week']);
    expect([page().datedCount, page().undatedCount, page().referenceCount]).toEqual([3, 0, 2]);
  });

  test('without events, every date mention is a reference and nothing is lost', () => {
    const t = page({ ...fixtureCorpus, events: [] });
    expect(t.datedCount).toBe(0);
    expect(t.referenceCount).toBe(fixtureCorpus.timeline.length);
    expect(t.undatedReferences).toHaveLength(fixtureCorpus.undated.length);
  });

  test('an event no report dates goes to the undated list', () => {
    const t = page({ ...fixtureCorpus, events: [{ ...talks, date: null }] });
    expect(t.undated.map((e) => [e.slug, e.month, e.year, e.date.text])).toEqual([['talks-in-cairo', '', '', 'Undated']]);
    expect(t.undatedCount).toBe(1);
  });
});

describe('actors of an item: those mentioned in its sentence', () => {
  test.each([
    ['last Friday', ['qatari', 'hamas']],
    // No mention in the sentence: no actors (false-positive guard: none borrowed from neighbours).
    ['March', []],
    // Undated items carry actors too ("last week" stands in a sentence that names no one).
    ['last week', []],
  ])('%s → %j', (text, actors) => {
    expect(byText(page(), text).actors).toEqual(actors);
  });

  test.each([
    // Participants first, then actors of the reports' sentences, once each.
    ['talks-in-cairo', ['egypt', 'qatar', 'cairo']],
    // "Sisi" and "Cairo" are second mentions of known actors: still counted, once each.
    ['sisi-meets-negotiators-in-cairo', ['abdel-fattah-el-sisi', 'cairo']],
    ['rocket-attack-on-a-checkpoint', []],
  ])('event %s → %j', (slug, actors) => {
    expect(bySlug(page(), slug).actors).toEqual(actors);
  });

  test('a mention resolved to no actor is left out', () => {
    const corpus: Corpus = {
      ...fixtureCorpus,
      mentionEntities: [fixtureCorpus.mentionEntities[0]!.map((id) => (id === 'hamas' ? ('' as typeof id) : id)), fixtureCorpus.mentionEntities[1]!],
    };
    expect(byText(page(corpus), 'last Friday').actors).toEqual(['qatari']);
  });

  test('the filter options count items (events and references) per actor, most first, then by name', () => {
    expect(page().actors.map((a) => `${a.slug}:${a.name}:${a.count}`)).toEqual([
      'cairo:Cairo:2',
      'abdel-fattah-el-sisi:Abdel Fattah el-Sisi:1',
      'egypt:Egypt:1',
      'hamas:Hamas:1',
      'qatar:Qatar:1',
      'qatari:Qatari:1',
    ]);
  });
});

describe('month keys', () => {
  test.each([
    // text, month, year
    ['last Friday', '2024-01', ''],
    ['March', '2024-03', ''],
    // Undated: neither, so the month filter leaves it alone.
    ['last week', '', ''],
  ])('%s → month %j, year %j', (text, month, year) => {
    const item = byText(page(), text);
    expect([item.month, item.year]).toEqual([month, year]);
  });

  test.each([
    ['rocket-attack-on-a-checkpoint', '2024-01', ''],
    // A week is filed under the month it starts in.
    ['sisi-meets-negotiators-in-cairo', '2024-01', ''],
    ['talks-in-cairo', '2024-02', ''],
  ])('event %s → month %j, year %j', (slug, month, year) => {
    const item = bySlug(page(), slug);
    expect([item.month, item.year]).toEqual([month, year]);
  });

  test('an event dated only to a year gets its own heading and the year key', () => {
    const t = page({ ...fixtureCorpus, events: [{ ...talks, date: { value: '2024', precision: 'year' } }] });
    expect(t.groups.map((g) => [g.label, g.entries.map((e) => [e.month, e.year])])).toEqual([
      ['Across 2024', [['', '2024']]],
      ['January 2024', []],
      // "1 February 2024" dates the talks: no February heading of references.
      ['March 2024', []],
    ]);
  });

  const coarse: readonly [string, TimelineItem['precision'], string, string, string, string][] = [
    // value, precision, from, to, group key, heading
    ['2024', 'year', '2024-01-01', '2024-12-31', '2024', 'Across 2024'],
    ['2024-Q1', 'quarter', '2024-01-01', '2024-03-31', '2024', 'Across 2024'],
    ['202', 'decade', '2020-01-01', '2029-12-31', '2020-2029', '2020–2029'],
  ];
  test.each(coarse)('an item of %s (%s) has data-month "" and its years', (value, precision, from, to, key, label) => {
    const base = fixtureCorpus.timeline[0]!;
    const corpus: Corpus = { ...fixtureCorpus, events: [], timeline: [{ ...base, value, precision, from, to }] };
    const t = page(corpus);
    expect(t.groups.map((g) => [g.label, g.key, g.anchor])).toEqual([[label, key, `y-${key}`]]);
    expect(t.groups[0]!.references.map((e) => [e.month, e.year])).toEqual([['', key]]);
  });

  test('group keys are what the month filter offers, with events and references counted', () => {
    expect(page().groups.map((g) => [g.key, g.count, g.references.length])).toEqual([['2024-01', 2, 1], ['2024-02', 1, 0], ['2024-03', 0, 1]]);
  });
});

describe('big groups fold after 50 items', () => {
  test.each([
    // items in January, shown open, folded
    [1, 1, 0],
    [50, 50, 0],
    [51, 50, 1],
    [120, 50, 70],
  ])('%i items → %i open, %i folded', (n, open, folded) => {
    const january = page(withCopies(n)).groups[0]!;
    expect([january.count, january.entries.length, january.more.length]).toEqual([n, open, folded]);
  });

  test('the fold keeps calendar order and the counts add up', () => {
    const t = page(withCopies(60));
    expect(t.datedCount).toBe(61);
    expect(t.groups.map((g) => g.count)).toEqual([60, 1, 0]);
  });

  test.each([
    // January copies (+1 event, +3 dated and 1 undated references in the fixture) → large
    [1, false],
    [495, false],
    [496, true],
  ])('%i copies: large (off-screen groups skip layout) is %s', (n, large) => {
    expect(page(withCopies(n)).large).toBe(large);
  });

  test('undated events fold the same way', () => {
    const t = page(withCopies(53, null));
    expect([t.undatedCount, t.undated.length, t.undatedMore.length]).toEqual([53, 50, 3]);
  });
});

describe('flags and explanations', () => {
  test.each([
    [['after-publication-in-past-clause'], [['after-publication-in-past-clause', 'after publication']]],
    // An unknown flag is still shown, in words made from its id.
    [['some-new-warning'], [['some-new-warning', 'some new warning']]],
    [undefined, []],
    [[], []],
  ])('flags %j → %j', (flags, expected) => {
    const corpus = withTime(1, flags === undefined ? {} : { flags });
    const item = byText(page(corpus), 'last Friday');
    expect(item.flags.map((f) => [f.id, f.label])).toEqual(expected);
    for (const flag of item.flags) expect(flag.explanation.length).toBeGreaterThan(10);
  });

  test('the flagged date is the one flagged, not its neighbours', () => {
    const t = page(withTime(1, { flags: ['after-publication-in-past-clause'] }));
    expect(allItems(t).filter((e) => e.flags.length > 0).map((e) => e.text)).toEqual(['last Friday']);
  });

  const published = (basis: 'front-matter' | 'stated' | 'inferred') => ({
    meta: { ...fixtureCorpus.articles[0]!.meta, published: { value: '2024-02-02', basis } },
  });
  test.each([
    // publication date basis, item, says the anchor was inferred
    ['inferred', 'last Friday', true],
    ['inferred', 'March', true],
    ['front-matter', 'last Friday', false],
    ['stated', 'last Friday', false],
  ] as const)('publication date %s: %s notes an inferred anchor: %s', (basis, text, inferred) => {
    const item = byText(page(withTime(0, {}, published(basis))), text);
    expect(item.explanation.endsWith('(anchor date inferred)')).toBe(inferred);
    expect(item.explanation.startsWith(fixtureCorpus.analyses[0]!.times.find((t) => t.text === text)!.explanation)).toBe(true);
  });

  test.each([
    // publication date basis, event, says the anchor was inferred
    ['inferred', 'rocket-attack-on-a-checkpoint', true],
    // A stated date has no anchor: nothing to say even when the publication date is inferred.
    ['inferred', 'talks-in-cairo', false],
    ['front-matter', 'rocket-attack-on-a-checkpoint', false],
  ] as const)('publication date %s: event %s notes an inferred anchor: %s', (basis, slug, inferred) => {
    const item = bySlug(page(withTime(0, {}, published(basis))), slug);
    expect(item.basis.includes('(anchor date inferred)')).toBe(inferred);
  });

  test('precision and basis are given for every reference', () => {
    expect(allItems(page()).map((e) => [e.text, e.precision, e.basis])).toEqual([
      ['last Friday', 'day', 'relative to publication'],
      ['March', 'month', 'year inferred'],
      ['last week', null, 'unresolved'],
    ]);
  });
});

describe('order: by date, then precision', () => {
  test('on the same first day, the finer item comes first whatever the corpus order', () => {
    const base = fixtureCorpus.timeline[0]!;
    const month = { ...base, value: '2024-02', precision: 'month' as const, from: '2024-02-01', to: '2024-02-29' };
    const week = { ...base, value: '2024-W05', precision: 'week' as const, from: '2024-02-01', to: '2024-02-04' };
    const day = { ...base, value: '2024-02-01', precision: 'day' as const, from: '2024-02-01', to: '2024-02-01' };
    const earlier = { ...base, value: '2024-01', precision: 'month' as const, from: '2024-01-01', to: '2024-01-31' };
    const corpus: Corpus = { ...fixtureCorpus, timeline: [month, week, day, earlier] };
    expect(sortedTimeline(siteContext(corpus, '/')).map((i) => i.precision + ':' + i.from)).toEqual([
      'month:2024-01-01', 'day:2024-02-01', 'week:2024-02-01', 'month:2024-02-01',
    ]);
  });
});

describe('the filter script', () => {
  test.each([
    ['/', '../timeline.js'],
    ['/news/', '../timeline.js'],
  ])('is linked relative to the page under prefix %s', (prefix, href) => {
    expect(page(fixtureCorpus, prefix).scriptHref).toBe(href);
  });

  test.each([
    ['/timeline/', '/timeline.js', '../timeline.js'],
    ['/', '/timeline.js', 'timeline.js'],
    ['/a/b/', '/a/c.js', '../c.js'],
    ['/a/b/', '/a/b/c.js', 'c.js'],
    ['/a/b/', '/x/y/z.js', '../../x/y/z.js'],
  ])('relativeHref(%s, %s) = %s', (from, to, expected) => {
    expect(relativeHref(from, to)).toBe(expected);
  });
});

test('the timeline in the site data is the same view model', () => {
  expect(buildSiteData(fixtureCorpus, { pathPrefix: '/', siteTitle: 'x' }).timeline).toEqual(page());
});
