import { describe, expect, it } from 'vitest';
import type { EntityId } from '../../../src/model.ts';
import { officeHolders, voiceOf, type VoiceContext } from '../../../src/link/events/state-voice.ts';
import { analyzeForVoices } from './voice-text.ts';

/** Text, speech verb → the country it speaks for (undefined: no state). */
const CASES: [string, string, string | undefined][] = [
  ['Peru said the raid was illegal.', 'said', 'Peru'],
  // "X's government" is the one national government named, only for a head of government.
  ['Amara Otieno took office in May. Mr. Otieno\'s government is under pressure, and the Kenyan government has few friends. The office of Amara Otieno said the raid was illegal.', 'said', undefined],
  ['The Peruvian Foreign Ministry said the raid was illegal.', 'said', 'Peru'],
  ['A source in the Peruvian government told reporters that the raid was illegal.', 'told', 'Peru'],
  ['Peruvian officials said the raid was illegal.', 'said', 'Peru'],
  ['Nairobi said the raid was illegal.', 'said', 'Kenya'],
  ['Kenyan President Amara Otieno said the raid was illegal.', 'said', 'Kenya'],
  ['"The raid was illegal," said Amara Otieno, Kenya\'s foreign minister.', 'said', 'Kenya'],
  ['Prime Minister Amara Otieno took office in May. Mr. Otieno\'s government is under pressure, and the Kenyan government has few friends. The office of Amara Otieno said the raid was illegal.', 'said', 'Kenya'],
  ['South African President Thandi Mokoena said the raid was illegal.', 'said', 'South Africa'],
  ['A spokesman for Peru said the raid was illegal.', 'said', 'Peru'],
  // False positives: speakers who do not speak for a state.
  ['Kenya Airways said the flights were cancelled.', 'said', undefined],
  ['The Peruvian Red Cross said the raid was deadly.', 'said', undefined],
  ['UN officials in Nairobi said the raid was illegal.', 'said', undefined],
  ['Rebel officials in Nairobi said the raid was illegal.', 'said', undefined],
  ['A hospital official in Nairobi said the raid was deadly.', 'said', undefined],
  ['"The raid was illegal," said Maria Lopez, a journalist who met Kenyan President Amara Otieno.', 'said', undefined],
  ['Several Peruvian analysts said the raid was illegal.', 'said', undefined],
  ['A former Kenyan president, Amara Otieno, said the raid was illegal.', 'said', undefined],
  ['Residents of Nairobi said the raid was loud.', 'said', undefined],
  ['The Pentagon said the raid was legal.', 'said', undefined],
  ['Maria Lopez said the raid was illegal.', 'said', undefined],
  ['Peruvian and Chilean officials said the raid was illegal.', 'said', undefined],
  ['Prime Minister Amara Otieno took office in May. Mr. Otieno\'s government is under pressure, and the Kenyan government and the Ugandan government disagree. The office of Amara Otieno said the raid was illegal.', 'said', undefined],
];

describe('voiceOf: the state a statement speaks for', () => {
  it.each(CASES)('%s', (text, verb, expected) => {
    const { ctx, events, countryName } = analyzeForVoices(text);
    const statement = events.filter((e) => e.trigger === verb).at(-1);
    expect(statement).toBeDefined();
    const voice = voiceOf(ctx, statement!, officeHolders(ctx));
    expect(voice === undefined ? undefined : countryName(voice)).toBe(expected);
  });
});

describe('officeHolders', () => {
  it('ties a person to the country of a title written before or after the name', () => {
    const { ctx, personId } = analyzeForVoices('Chilean Prime Minister Ana Soto met Jonas Berg, the prime minister of Norway, in Oslo.');
    const holders = officeHolders(ctx as VoiceContext);
    expect(holders.get(personId('Ana Soto') as EntityId)).toBeDefined();
    expect(holders.get(personId('Jonas Berg') as EntityId)).toBeDefined();
  });
  it('does not tie a former office holder', () => {
    const { ctx, personId } = analyzeForVoices('Former Chilean Prime Minister Ana Soto spoke in Oslo.');
    expect(officeHolders(ctx).get(personId('Ana Soto') as EntityId)).toBeUndefined();
  });
});
