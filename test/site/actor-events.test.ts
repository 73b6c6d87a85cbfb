/** An actor's quotes and the events it takes part in, by role. */
import { describe, expect, test } from 'vitest';
import type { Corpus, EntityId, Event } from '../../src/model.ts';
import { actorEvents, actorQuotes } from '../../src/site/actor-events.ts';
import { siteContext } from '../../src/site/site-context.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

const entity = (id: string) => fixtureCorpus.entities.find((e) => e.id === id)!;
const context = siteContext(fixtureCorpus, '/');

describe('quotes by the actor', () => {
  test('a quote whose speaker resolved to the actor, with its sentence and article', () => {
    const quotes = actorQuotes(context, entity('abdel-fattah-el-sisi'));
    expect(quotes.map((q) => [q.text, q.inferred, q.sentence.href, q.article.href])).toEqual([
      ['The talks will go on', true, '/articles/ceasefire-talks-resume-in-cairo/#s-7', '/articles/ceasefire-talks-resume-in-cairo/'],
    ]);
    expect(quotes[0]!.sentence.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['The talks will go on']);
  });

  test.each(['hamas', 'cairo', 'qatar'])('%s said nothing quoted', (id) => {
    expect(actorQuotes(context, entity(id))).toEqual([]);
  });
});

describe('events by role', () => {
  const roles = (id: string, corpus: Corpus = fixtureCorpus) => {
    const r = actorEvents(siteContext(corpus, '/'), entity(id));
    return [r.asAgent, r.asTarget, r.atPlace].map((list) => list.map((e) => e.slug));
  };

  test.each([
    ['abdel-fattah-el-sisi', [['sisi-meets-negotiators-in-cairo'], [], []]],
    ['qatar', [['talks-in-cairo'], [], []]],
    // Places in calendar order.
    ['cairo', [[], [], ['sisi-meets-negotiators-in-cairo', 'talks-in-cairo']]],
    ['hamas', [[], [], []]],
  ])('%s → agent, target, place %j', (id, expected) => {
    expect(roles(id)).toEqual(expected);
  });

  test('a target is listed as target, once even when named twice', () => {
    const event: Event = { ...fixtureCorpus.events[0]!, targets: ['hamas' as EntityId, 'hamas' as EntityId] };
    expect(roles('hamas', { ...fixtureCorpus, events: [event] })).toEqual([[], ['rocket-attack-on-a-checkpoint'], []]);
  });
});
