import { describe, expect, it } from 'vitest';
import { eventsOf } from './analyze-text.ts';

/** Sentence, trigger → modality. */
const CASES: [string, string, string][] = [
  ['Troops attacked the village at dawn.', 'attacked', 'asserted'],
  ['The army did not attack the village.', 'attack', 'negated'],
  ['The ministry said the army would not respond to the provocation with strikes.', 'strikes', 'negated'],
  ['The group has never claimed the bombing.', 'bombing', 'asserted'],
  ['Officials fear the militia could attack the port.', 'attack', 'hypothetical'],
  ['If talks fail, the rebels may resume the offensive.', 'offensive', 'hypothetical'],
  ['The general wants to carry out strikes on the depots.', 'strikes', 'future'],
  ['The government plans to deploy more troops.', 'deploy', 'future'],
  ['The coalition will withdraw its forces next month.', 'withdraw', 'future'],
  ['The envoy is going to visit the capital.', 'visit', 'future'],
  ['The army began to withdraw its forces.', 'withdraw', 'asserted'],
  ['The spokesman did not say whether the jets hit the convoy.', 'hit', 'hypothetical'],
  ['Police have arrested three men, and none were charged with the killing of the guard.', 'arrested', 'asserted'],
  // An event noun answered ("respond to the strikes") already happened; one carried out ("respond with strikes") is the verb's.
  ['Rebel officials said they will respond to the strikes launched against them on Saturday.', 'strikes', 'asserted'],
  ['The army would not respond to the attack on its convoy.', 'attack', 'asserted'],
  ['The rebels will retaliate for the recent raids.', 'raids', 'asserted'],
  ['The army will respond with strikes on the rebels.', 'strikes', 'future'],
];

describe('event modality', () => {
  it.each(CASES)('%s [%s]', (sentence, trigger, modality) => {
    const event = eventsOf(sentence).find((e) => e.trigger === trigger);
    expect(event?.modality).toBe(modality);
  });
});
