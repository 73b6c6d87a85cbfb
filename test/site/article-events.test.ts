/** The article sidebar's events (with modality, linked when grouped), quotes with speakers, and figures. */
import { describe, expect, test } from 'vitest';
import type { Corpus } from '../../src/model.ts';
import { articleEvents, articleFigures, articleQuotes } from '../../src/site/article-events.ts';
import { siteContext } from '../../src/site/site-context.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

const context = siteContext(fixtureCorpus, '/');

describe('events in the sidebar', () => {
  test('every event mention, in text order, with its modality and its event page when grouped', () => {
    expect(articleEvents(context, 0).map((e) => [e.trigger, e.typeLabel, e.modality?.label ?? null, e.event?.href ?? null, e.sentenceHref])).toEqual([
      ['met', 'negotiation', null, '/events/talks-in-cairo/', '#s-1'],
      // Not grouped (reported as future): listed with its tag, linked to its sentence only.
      ['talks', 'negotiation', 'future', null, '#s-2'],
      ['said', 'statement', null, null, '#s-4'],
      ['met', 'negotiation', null, '/events/sisi-meets-negotiators-in-cairo/', '#s-5'],
      ['hit', 'attack', null, '/events/rocket-attack-on-a-checkpoint/', '#s-8'],
    ]);
  });

  test.each([
    ['negated', 'negated'],
    ['hypothetical', 'hypothetical'],
    ['future', 'future'],
    ['asserted', null],
  ] as const)('modality %s → tag %s', (modality, label) => {
    const analyses = fixtureCorpus.analyses.map((a, i) => (i === 0 ? { ...a, events: a.events.map((e) => ({ ...e, modality })) } : a));
    const events = articleEvents(siteContext({ ...fixtureCorpus, analyses }, '/'), 0);
    expect(events.map((e) => e.modality?.label ?? null)).toEqual(events.map(() => label));
  });

  test('a grouped event says when its sources disagree', () => {
    const hit = articleEvents(context, 1).find((e) => e.trigger === 'hit')!;
    expect(hit.event?.disagreements).toEqual(['counts', 'dates']);
  });
});

describe('quotes in the sidebar', () => {
  test('a pronoun speaker resolves to the actor and is marked inferred', () => {
    expect(articleQuotes(context, 0)).toEqual([
      {
        text: 'The talks will go on',
        speaker: {
          text: 'he',
          actor: { text: 'Abdel Fattah el-Sisi', href: '/actors/abdel-fattah-el-sisi/', type: 'person', count: 2 },
          via: 'a pronoun resolved to a name',
          inferred: true,
        },
        sentenceHref: '#s-7',
        sentenceNumber: 7,
      },
    ]);
  });

  test.each([
    // speaker, actor href, inferred
    [{ text: 'Sisi', mention: 6, via: 'said-after' as const }, '/actors/abdel-fattah-el-sisi/', false],
    [{ text: 'the official', via: 'said-before' as const }, null, false],
    [{ text: 'Hamas', mention: 5, via: 'statement' as const }, '/actors/hamas/', true],
  ])('speaker %j → actor %s, inferred %s', (speaker, href, inferred) => {
    const corpus: Corpus = {
      ...fixtureCorpus,
      analyses: fixtureCorpus.analyses.map((a, i) => (i === 0 ? { ...a, quotes: a.quotes.map((q) => ({ ...q, speaker })) } : a)),
    };
    const [quote] = articleQuotes(siteContext(corpus, '/'), 0);
    expect([quote!.speaker?.actor?.href ?? null, quote!.speaker?.inferred]).toEqual([href, inferred]);
  });

  test('a quote with no speaker says so (null), the undated article has none', () => {
    const corpus: Corpus = {
      ...fixtureCorpus,
      analyses: fixtureCorpus.analyses.map((a, i) => (i === 0 ? { ...a, quotes: a.quotes.map((q) => ({ ...q, speaker: null })) } : a)),
    };
    expect(articleQuotes(siteContext(corpus, '/'), 0).map((q) => q.speaker)).toEqual([null]);
    expect(articleQuotes(context, 1)).toEqual([]);
  });
});

test('figures with qualifiers, linked to their sentence on the page', () => {
  expect(articleFigures(context, 0).map((f) => [f.text, f.unit, f.href])).toEqual([['34 people', 'wounded', '#s-8']]);
  expect(articleFigures(context, 1).map((f) => [f.text, f.unit, f.href])).toEqual([['more than 40 people', 'wounded', '#s-4']]);
});
