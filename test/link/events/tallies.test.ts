import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analyze/analyze-article.ts';
import { articleFromText } from '../../../src/ingest/article-from-text.ts';
import { clusterEvents } from '../../../src/link/cluster-events.ts';
import { attachFigures } from '../../../src/link/events/attach-figures.ts';
import { tinyCorpus, type TinyArticle, type TinyParagraph } from './tiny-corpus.ts';

const PERU = { text: 'Peru', entity: 'peru' };
const CHILE = { text: 'Chile', entity: 'chile' };
const US = { text: 'US', entity: 'united-states' };
const KENYA = { text: 'Kenya', entity: 'kenya' };
const article = (id: string, ...paragraphs: TinyParagraph[]): TinyArticle => ({ id, published: '2024-03-10', source: `Outlet ${id}`, paragraphs });

/** A tally paragraph: the count's words, its value and unit, the place and the owner. */
function tally(text: string, count: string, value: number, unit: 'people' | 'troops', place: { text: string; entity: string }, owner?: { text: string; entity: string }): TinyParagraph {
  return {
    text, mentions: owner ? [owner, place] : [place],
    events: [{ trigger: count, type: 'tally', places: [place.text], agents: owner ? [owner.text] : [] }],
    figures: [{ text: count.replace(/ (?:US )?(?:people|troops)$/, ''), value, unit }],
  };
}

const peru23 = tally('More than half of Peru\'s 2.3 million people are sheltering in the south.', '2.3 million people', 2_300_000, 'people', PERU);
const peru2 = tally('Over half of Peru\'s population of two million has taken refuge.', 'two million', 2_000_000, 'people', PERU);

describe('tallies across articles', () => {
  it('groups two counts of one place\'s people and flags the different numbers', () => {
    const events = clusterEvents(tinyCorpus([article('a', peru23), article('b', peru2)]));
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('tally');
    expect(events[0]!.title).toBe('Number of people in Peru');
    const count = events[0]!.discrepancies.find((d) => d.kind === 'count');
    expect(count?.unit).toBe('people');
    expect(count?.values.map((v) => v.value)).toEqual(['2,300,000', '2,000,000']);
  });

  it('groups one owner\'s troops in one place, with no discrepancy when the numbers agree', () => {
    const a = tally('The US has around 2,500 troops in Chile.', '2,500 troops', 2500, 'troops', CHILE, US);
    const b = tally('About 2,500 US troops remain in Chile.', '2,500 US troops', 2500, 'troops', CHILE, US);
    const events = clusterEvents(tinyCorpus([article('a', a), article('b', b)]));
    expect(events.map((e) => e.title)).toEqual(['United States troops in Chile']);
    expect(events[0]!.discrepancies).toEqual([]);
  });

  const NOT: [string, TinyParagraph, TinyParagraph][] = [
    ['different places', peru23, tally('Half of Chile\'s 2.3 million people are sheltering in the north.', '2.3 million people', 2_300_000, 'people', CHILE)],
    ['different units', tally('Peru has 2,000 troops in Chile.', '2,000 troops', 2000, 'troops', CHILE), tally('Some 2,000 people are sheltering in Chile.', '2,000 people', 2000, 'people', CHILE)],
    ['different owners', tally('The US has 900 troops in Chile.', '900 troops', 900, 'troops', CHILE, US), tally('Kenya has 900 troops in Chile.', '900 troops', 900, 'troops', CHILE, KENYA)],
  ];
  it.each(NOT)('does not group %s', (_, x, y) => expect(clusterEvents(tinyCorpus([article('a', x), article('b', y)]))).toEqual([]));
});

describe('a troop count of a deployment', () => {
  // "stationed" and "deployed" are deployment triggers: no tally claims the count before the deployment.
  it.each(['About 1,800 US troops are stationed in Chile.', 'Kenya has deployed 1,800 troops in Somalia.'])('%s', (text) => {
    const analysis = analyzeArticle(articleFromText('t', text, '2024-03-10'), 'test');
    expect(analysis.events.map((e) => e.type)).toEqual(['deployment']);
    const troops = analysis.figures.findIndex((f) => f.unit === 'troops' && f.value === 1800);
    expect(troops).toBeGreaterThanOrEqual(0);
    expect([...attachFigures(analysis.events, analysis.figures)]).toEqual([[0, [troops]]]);
  });
});
