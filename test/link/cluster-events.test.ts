import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../../src/link/cluster-events.ts';
import { findRepeatedText } from '../../src/link/find-repeated-text.ts';
import { tinyCorpus, type TinyArticle, type TinyParagraph } from './events/tiny-corpus.ts';

const VELAN = { text: 'Velan Front', entity: 'velan-front', type: 'group' as const };
const TARVIK = { text: 'Tarvik', entity: 'tarvik' };

/** "Velan Front shelled Tarvik on <date>, killing <n> dock workers." with its analysis. */
function shelling(date: { text: string; value: string } | null, killed: string | null, place = TARVIK, agent = VELAN): TinyParagraph {
  const when = date ? ` on ${date.text}` : '';
  const toll = killed ? `, killing ${killed} dock workers` : '';
  return {
    text: `${agent.text} fighters shelled the port of ${place.text}${when}${toll}.`,
    mentions: [agent, place],
    times: date ? [date] : [],
    events: [
      { trigger: 'shelled', type: 'attack', agents: [agent.text], places: [place.text], ...(date ? { time: date.text } : {}) },
      ...(killed ? [{ trigger: 'killing', type: 'killing' as const, places: [place.text], ...(date ? { time: date.text } : {}) }] : []),
    ],
    figures: killed ? [{ text: killed, value: Number(killed), unit: 'killed' as const }] : [],
  };
}

const article = (id: string, ...paragraphs: TinyParagraph[]): TinyArticle => ({ id, published: '2024-03-10', paragraphs });
const MARCH_8 = { text: 'March 8', value: '2024-03-08' };

describe('clusterEvents: reports of one event become one event', () => {
  const CASES: [string, TinyArticle[], number][] = [
    ['same date, place, agent and toll', [article('a', shelling(MARCH_8, '12')), article('b', shelling(MARCH_8, '12'))], 2],
    ['one day apart, same toll (a date discrepancy, not two events)', [article('a', shelling(MARCH_8, '12')), article('b', shelling({ text: 'March 9', value: '2024-03-09' }, '12'))], 2],
    ['a week containing the day', [article('a', shelling(MARCH_8, '12')), article('b', shelling({ text: 'last week', value: '2024-W10' }, '12'))], 2],
    ['one report undated but the same toll, place and agent', [article('a', shelling(MARCH_8, '12')), article('b', shelling(null, '12'))], 2],
  ];
  it.each(CASES)('%s', (_, specs, articles) => {
    const events = clusterEvents(tinyCorpus(specs));
    expect(events).toHaveLength(1);
    expect(new Set(events[0]!.reports.map((r) => r.articleId)).size).toBe(articles);
  });

  it('keeps every mention of the event inside one article as a report (headline and body)', () => {
    const [event] = clusterEvents(tinyCorpus([article('a', shelling(MARCH_8, '12'), shelling(MARCH_8, '12')), article('b', shelling(MARCH_8, '12'))]));
    expect(event?.reports.filter((r) => r.articleId === 'a').length).toBe(4);
  });

  it('names the event from type, agent and place (not the date: the page shows it), with a deterministic slug', () => {
    const [event] = clusterEvents(tinyCorpus([article('a', shelling(MARCH_8, '12')), article('b', shelling(MARCH_8, '12'))]));
    expect(event?.title).toBe('Attack by Velan Front in Tarvik');
    expect(event?.slug).toBe('attack-2024-03-08-velan-front');
    expect(event?.date).toEqual({ value: '2024-03-08', precision: 'day' });
    expect(event?.places).toEqual(['tarvik']);
  });

  it('gives no date to a report whose happened event was resolved past its publication date', () => {
    const saturday = { text: 'Saturday', value: '2024-03-16' }; // resolved forward by a mis-read tense
    const [event] = clusterEvents(tinyCorpus([article('a', shelling(saturday, '12')), article('b', shelling(MARCH_8, '12'))]));
    expect(event?.reports.find((r) => r.articleId === 'a')?.date).toBeUndefined();
    expect(event?.date).toEqual({ value: '2024-03-08', precision: 'day' });
  });
});

describe('clusterEvents: what must NOT become one event', () => {
  const ORSA = { text: 'Orsa', entity: 'orsa' };
  const ARMY = { text: 'Kessian army', entity: 'kessian-army', type: 'group' as const };
  const CASES: [string, TinyArticle[]][] = [
    ['same type, place, agent and toll on dates a week apart', [article('a', shelling(MARCH_8, '12')), article('b', shelling({ text: 'March 1', value: '2024-03-01' }, '12'))]],
    ['same type and date, different place and agent', [article('a', shelling(MARCH_8, null)), article('b', shelling(MARCH_8, null, ORSA, ARMY))]],
    ['tolls too far apart to be one event', [article('a', shelling(null, '12')), article('b', shelling(null, '900'))]],
    ['only one article', [article('a', shelling(MARCH_8, '12'), shelling(MARCH_8, '12'))]],
  ];
  it.each(CASES)('%s', (_, specs) => expect(clusterEvents(tinyCorpus(specs))).toEqual([]));

  it('does not merge the same count in different units', () => {
    const count = (id: string, unit: 'killed' | 'targets', place: typeof TARVIK): TinyArticle =>
      article(id, { text: `A strike hit 12 sites in ${place.text}.`, mentions: [place], events: [{ trigger: 'strike', type: 'strike', places: [place.text] }], figures: [{ text: '12', value: 12, unit }] });
    expect(clusterEvents(tinyCorpus([count('a', 'killed', TARVIK), count('b', 'targets', ORSA)]))).toEqual([]);
  });

  it('does not merge an attack with the retaliation against its agent (roles reversed)', () => {
    const hit = (id: string, agent: typeof ARMY | typeof VELAN, target: typeof ARMY | typeof VELAN): TinyArticle =>
      article(id, {
        text: `The ${agent.text} attacked the ${target.text} in Tarvik on March 8.`,
        mentions: [agent, target, TARVIK], times: [MARCH_8],
        events: [{ trigger: 'attacked', type: 'attack', agents: [agent.text], targets: [target.text], places: ['Tarvik'], time: 'March 8' }],
      });
    expect(clusterEvents(tinyCorpus([hit('a', VELAN, ARMY), hit('b', ARMY, VELAN)]))).toEqual([]);
  });

  it('keeps statements out: two people saying something is not one event', () => {
    const said = (id: string): TinyArticle =>
      article(id, { text: 'The Velan Front said on March 8 that Tarvik was calm.', mentions: [VELAN, TARVIK], times: [MARCH_8], events: [{ trigger: 'said', type: 'statement', agents: ['Velan Front'], time: 'March 8' }] });
    expect(clusterEvents(tinyCorpus([said('a'), said('b')]))).toEqual([]);
  });

  it('does not count a repost twice: a repeated paragraph brings no second report', () => {
    const specs = [article('a', shelling(MARCH_8, '12')), article('b', shelling(MARCH_8, '12'))];
    const input = tinyCorpus(specs);
    const repeats = findRepeatedText(input.articles, { shingle: 2, threshold: 0.5, minWords: 5 });
    expect(repeats).toHaveLength(1);
    expect(clusterEvents({ ...input, repeats })).toEqual([]);
  });
});

describe('clusterEvents: planned reports', () => {
  it('joins a report of the event as planned, marked as such, without making it a second article of its own', () => {
    const planned: TinyParagraph = {
      text: 'Velan Front fighters planned attacks on the port of Tarvik for March 8.', mentions: [VELAN, TARVIK], times: [MARCH_8],
      events: [{ trigger: 'attacks', type: 'attack', modality: 'future', agents: ['Velan Front'], places: ['Tarvik'], time: 'March 8' }],
    };
    const events = clusterEvents(tinyCorpus([article('a', shelling(MARCH_8, '12')), article('b', shelling(MARCH_8, '12')), article('c', planned)]));
    expect(events[0]?.reports.find((r) => r.articleId === 'c')?.planned).toBe(true);
    expect(clusterEvents(tinyCorpus([article('a', shelling(MARCH_8, '12')), article('c', planned)]))).toEqual([]);
  });
});
