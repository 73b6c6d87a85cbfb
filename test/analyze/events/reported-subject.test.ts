import { describe, expect, it } from 'vitest';
import { eventsAndMentionsOf } from './analyze-text.ts';

/** Sentence, event trigger → the mention its pronoun agent is linked to (null: none). */
const CASES: [string, string, string | null][] = [
  ['The Kenyan Defence Ministry said it had shelled rebel positions near Lagos.', 'shelled', 'Kenyan Defence Ministry'],
  ['The Atlantis Navy said on Monday it struck two boats.', 'struck', 'Atlantis Navy'],
  ['The United Nations said that it had withdrawn its staff from Bamako.', 'withdrawn', 'United Nations'],
  ['Maria Lopez said she would visit Quito.', 'visit', 'Maria Lopez'],
  ['The Velan rebels said they had attacked the convoy.', 'attacked', 'Velan rebels'],
  // False positives: the pronoun cannot be the speaker, or sits deeper in the reported clause.
  ['Maria Lopez said it had attacked the convoy.', 'attacked', null],
  ['The Freedonian army said he had attacked the convoy.', 'attacked', null],
  ['The Kenyan Defence Ministry said they had attacked the convoy.', 'attacked', null],
  ['The Freedonian army said the rebels believed it had attacked the convoy.', 'attacked', null],
  ['After the rebels attacked, it shelled the town, the Freedonian army said.', 'shelled', null],
];

describe('a pronoun right after a reporting verb is its speaker', () => {
  it.each(CASES)('%s', (sentence, trigger, expected) => {
    const { events, mentions } = eventsAndMentionsOf(sentence);
    const event = events.find((e) => e.trigger === trigger);
    expect(event).toBeDefined();
    const linked = event!.agents.find((a) => /^(it|he|she|they|we)$/i.test(a.text))?.mention;
    expect(linked === undefined ? null : mentions[linked]?.text ?? null).toBe(expected);
  });
});
