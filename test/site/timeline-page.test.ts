/** The timeline view model: filter data per item, grouping keys, folding big groups, flags, order. */
import { describe, expect, test } from 'vitest';
import type { Analysis, Article, Corpus, TimeExpression, TimelineItem } from '../../src/model.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { siteContext } from '../../src/site/site-context.ts';
import { relativeHref } from '../../src/site/site-urls.ts';
import { sortedTimeline, timelinePage } from '../../src/site/timeline-page.ts';
import type { TimelineItemView, TimelinePage } from '../../src/site/view-models.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

const page = (corpus: Corpus = fixtureCorpus, pathPrefix = '/'): TimelinePage => timelinePage(siteContext(corpus, pathPrefix));
const allItems = (t: TimelinePage): TimelineItemView[] => [
  ...t.groups.flatMap((g) => [...g.entries, ...g.more]),
  ...t.undated,
  ...t.undatedMore,
];
const byText = (t: TimelinePage, text: string): TimelineItemView => allItems(t).find((e) => e.text === text)!;

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

/** The fixture corpus with `n` copies of its first timeline item, all in January 2024. */
function withCopies(n: number): Corpus {
  const first = fixtureCorpus.timeline.find((i) => i.value === '2024-01-26')!;
  const january = Array.from({ length: n }, () => first);
  const rest = fixtureCorpus.timeline.filter((i) => i.from.startsWith('2024-02') || i.from.startsWith('2024-03'));
  return { ...fixtureCorpus, timeline: [...january, ...rest] };
}

describe('actors of an item: those mentioned in its sentence', () => {
  test.each([
    ['1 February 2024', ['egypt', 'qatar', 'cairo']],
    ['last Friday', ['qatari', 'hamas']],
    // "Sisi" and "Cairo" are second mentions of known actors: still counted, once each.
    ['this week', ['abdel-fattah-el-sisi', 'cairo']],
    // No mention in the sentence: no actors (false-positive guard: none borrowed from neighbours).
    ['March', []],
    // Undated items carry actors too ("last week" stands in a sentence that names no one).
    ['last week', []],
  ])('%s → %j', (text, actors) => {
    expect(byText(page(), text).actors).toEqual(actors);
  });

  test('a mention resolved to no actor is left out', () => {
    const corpus: Corpus = {
      ...fixtureCorpus,
      mentionEntities: [fixtureCorpus.mentionEntities[0]!.map((id) => (id === 'hamas' ? ('' as typeof id) : id)), fixtureCorpus.mentionEntities[1]!],
    };
    expect(byText(page(corpus), 'last Friday').actors).toEqual(['qatari']);
  });

  test('the filter options count items per actor, most first, then by name', () => {
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
    // A week is filed under the month it starts in.
    ['this week', '2024-01', ''],
    ['1 February 2024', '2024-02', ''],
    ['March', '2024-03', ''],
    // Undated: neither, so the month filter leaves it alone.
    ['last week', '', ''],
  ])('%s → month %j, year %j', (text, month, year) => {
    const item = byText(page(), text);
    expect([item.month, item.year]).toEqual([month, year]);
  });

  const coarse: readonly [string, TimelineItem['precision'], string, string, string, string][] = [
    // value, precision, from, to, group key, heading
    ['2024', 'year', '2024-01-01', '2024-12-31', '2024', 'Across 2024'],
    ['2024-Q1', 'quarter', '2024-01-01', '2024-03-31', '2024', 'Across 2024'],
    ['202', 'decade', '2020-01-01', '2029-12-31', '2020-2029', '2020–2029'],
  ];
  test.each(coarse)('an item of %s (%s) has data-month "" and its years', (value, precision, from, to, key, label) => {
    const base = fixtureCorpus.timeline[0]!;
    const corpus: Corpus = { ...fixtureCorpus, timeline: [{ ...base, value, precision, from, to }] };
    const t = page(corpus);
    expect(t.groups.map((g) => [g.label, g.key, g.anchor])).toEqual([[label, key, `y-${key}`]]);
    expect(t.groups[0]!.entries.map((e) => [e.month, e.year])).toEqual([['', key]]);
  });

  test('group keys are what the month filter offers', () => {
    expect(page().groups.map((g) => [g.key, g.count])).toEqual([['2024-01', 2], ['2024-02', 1], ['2024-03', 1]]);
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
    expect(t.datedCount).toBe(62);
    expect(t.groups.map((g) => g.count)).toEqual([60, 1, 1]);
  });

  test.each([
    // January copies (+2 dated, +1 undated in the fixture) → large
    [1, false],
    [497, false],
    [498, true],
  ])('%i copies: large (off-screen groups skip layout) is %s', (n, large) => {
    expect(page(withCopies(n)).large).toBe(large);
  });

  test('undated items fold the same way', () => {
    const undated = Array.from({ length: 53 }, () => fixtureCorpus.undated[0]!);
    const t = page({ ...fixtureCorpus, undated });
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
    // A stated date has no anchor: nothing to say even when the publication date is inferred.
    ['inferred', '1 February 2024', false],
    ['front-matter', 'last Friday', false],
    ['stated', 'last Friday', false],
  ] as const)('publication date %s: %s notes an inferred anchor: %s', (basis, text, inferred) => {
    const item = byText(page(withTime(0, {}, published(basis))), text);
    expect(item.explanation.endsWith('(anchor date inferred)')).toBe(inferred);
    expect(item.explanation.startsWith(fixtureCorpus.analyses[0]!.times.find((t) => t.text === text)!.explanation)).toBe(true);
  });

  test('precision and basis are given for every dated item', () => {
    expect(allItems(page()).map((e) => [e.text, e.precision, e.basis])).toEqual([
      ['last Friday', 'day', 'relative to publication'],
      ['this week', 'week', 'relative to publication'],
      ['1 February 2024', 'day', 'stated'],
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
