/** Date warnings in words, on the timeline and in the article's date list. */
import { describe, expect, test } from 'vitest';
import type { Corpus } from '../../src/model.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { dateFlags } from '../../src/site/timeline-flags.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

describe('dateFlags', () => {
  test.each([
    [undefined, []],
    [[], []],
    [['after-publication-in-past-clause'], ['after publication']],
    [['x-y'], ['x y']],
    [['after-publication-in-past-clause', 'x-y'], ['after publication', 'x y']],
  ])('%j → %j', (flags, labels) => {
    const views = dateFlags(flags);
    expect(views.map((f) => f.label)).toEqual(labels);
    expect(views.map((f) => f.id)).toEqual(flags ?? []);
    for (const view of views) expect(view.explanation).toMatch(/\w+.*\.$/);
  });

  test('the known flag says what to check', () => {
    expect(dateFlags(['after-publication-in-past-clause'])[0]!.explanation).toMatch(/after the article was published.*past tense/);
  });
});

test('the article sidebar lists the flag with the date it belongs to', () => {
  const talks = fixtureCorpus.analyses[0]!;
  const times = talks.times.map((t, i) => (i === 3 ? { ...t, flags: ['after-publication-in-past-clause'] } : t));
  const corpus: Corpus = { ...fixtureCorpus, analyses: [{ ...talks, times }, ...fixtureCorpus.analyses.slice(1)] };
  const dates = buildSiteData(corpus, { pathPrefix: '/', siteTitle: 'x' }).articles[0]!.dates;
  expect(dates.map((d) => [d.text, (d.flags ?? []).map((f) => f.label)])).toEqual([
    ['1 February 2024', []],
    ['last Friday', []],
    ['this week', []],
    ['March', ['after publication']],
    ['Saturday', []],
  ]);
});
