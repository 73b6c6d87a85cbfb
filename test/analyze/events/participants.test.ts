import { describe, expect, it } from 'vitest';
import { eventsOf } from './analyze-text.ts';

/** Sentence, trigger → agents, targets, places (texts). */
const CASES: [string, string, string[], string[], string[]][] = [
  ['Rebel fighters attacked an army convoy in Mali.', 'attacked', ['Rebel fighters'], ['an army convoy'], ['Mali']],
  ['Two soldiers were killed by a roadside bomb near Kandahar.', 'killed', ['a roadside bomb'], ['Two soldiers'], ['Kandahar']],
  ['The navy launched airstrikes against militant camps in Somalia.', 'airstrikes', ['The navy'], ['militant camps'], ['Somalia']],
  ['Police in Lima arrested the opposition leader.', 'arrested', ['Police'], ['the opposition leader'], ['Lima']],
  ['Hamas rejected the Egyptian proposal.', 'proposal', ['the Egyptian'], [], []],
  ['The ministry, which oversees the police, said the border was closed.', 'said', ['The ministry'], [], []],
  ['"We will not back down," said Maria Lopez.', 'said', ['Maria Lopez'], [], []],
  // "to" after a noun of relation says with whom, not where; after a deed it still says where.
  ['The cartel, with deep ties to Peru, attacked a convoy.', 'attacked', ['The cartel'], ['a convoy'], []],
  ['Kenya deployed troops to Haiti.', 'deployed', ['Kenya'], ['troops'], ['Haiti']],
];

describe('event participants', () => {
  it.each(CASES)('%s [%s]', (sentence, trigger, agents, targets, places) => {
    const event = eventsOf(sentence).find((e) => e.trigger === trigger);
    expect(event?.agents.map((p) => p.text)).toEqual(agents);
    expect(event?.targets.map((p) => p.text)).toEqual(targets);
    expect(event?.places.map((p) => p.text)).toEqual(places);
  });

  it('links a participant to its mention', () => {
    const event = eventsOf('Kenya deployed troops to Haiti.').find((e) => e.type === 'deployment');
    expect(event?.agents[0]?.mention).toBe(0);
  });
});

/** Text → time of the first event of a type (value, basis). */
const TIMES: [string, string, string | null, string | null][] = [
  ['Rebels attacked the base on Tuesday.', 'attack', '2024-03-05', 'clause'],
  ['On Tuesday the rebels gathered near the town. They attacked the base at night.', 'attack', '2024-03-05', 'nearest'],
  ['Rebels attacked the base.', 'attack', null, null],
];

describe('event time', () => {
  it.each(TIMES)('%s', (text, type, value, basis) => {
    const parsedEvents = eventsOf(text, '2024-03-08');
    const event = parsedEvents.find((e) => e.type === type);
    expect(event?.timeBasis ?? null).toBe(basis);
    expect(event?.time === null ? null : event?.time !== undefined).toBe(value === null ? null : true);
  });
});
