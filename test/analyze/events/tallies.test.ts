import { describe, expect, it } from 'vitest';
import type { EventMention, Sentence } from '../../../src/model.ts';
import { findTallies } from '../../../src/analyze/events/tallies.ts';
import { findFigures } from '../../../src/analyze/figures.ts';
import { findMentions } from '../../../src/analyze/mentions.ts';
import { parseText } from '../../../src/analyze/nlp.ts';
import { findTimeExpressions } from '../../../src/analyze/time-expressions.ts';

function talliesOf(text: string): { tallies: EventMention[]; units: string[] } {
  const parsed = parseText(text, [{ start: 0, end: text.length }]);
  const sentences: Sentence[] = parsed.sentences.map((s, index) => ({ index, start: s.start, end: s.end, paragraph: s.paragraph, tense: s.tense }));
  const mentions = findMentions(text, parsed);
  const figures = findFigures(text, sentences);
  const tallies = findTallies({ text, parsed, sentences, mentions, times: findTimeExpressions(text, parsed, '2024-03-08'), figures });
  const units = tallies.map((t) => figures.find((f) => f.start >= t.start && f.end <= t.end)?.unit ?? '?');
  return { tallies, units };
}

/** Sentence → each tally as "trigger / unit / place / agent" ('' for none). */
const CASES: [string, string[]][] = [
  ['More than half of Peru\'s 2.3 million people are sheltering in Lima.', ['2.3 million people / people / Peru / ']],
  ['Over half of Peru\'s population of two million has taken refuge in the south.', ['population of two million / people / Peru / ']],
  ['The US has around 2,500 troops in Chile and 900 in Bolivia.', ['2,500 troops / troops / Chile / US', '900 / troops / Bolivia / US']],
  ['About 2,500 US troops are stationed in Chile.', ['2,500 US troops / troops / Chile / US']],
  ['Kenya has 900 troops in Somalia.', ['900 troops / troops / Somalia / Kenya']],
  ['Advisers work in both Chile, where the US has around 2,500 troops, and Bolivia, where it has 900.', ['2,500 troops / troops / Chile / US', '900 / troops / Bolivia / ']],
  ['There are about 900 more US troops in Bolivia with a similar mission.', ['900 more US troops / troops / Bolivia / US']],
  ['Officials said 1,200 people are living in tents across Ecuador.', ['1,200 people / people / Ecuador / ']],
  // false positives
  ['2,000 people were killed in Ecuador.', []],
  ['The 2.3 million dollar deal was signed in Ecuador.', []],
  ['About 900 people marched in Quito on Sunday.', []],
  ['The 30-year-old lived in Quito.', []],
  ['50 percent of voters in Ecuador backed the plan.', []],
  ['The army evacuated 900 people from Quito.', []],
  ['The US deployed 3,000 troops to Chile on Monday.', []],
  ['Three officials in Ecuador said the talks would resume.', []],
  ['Twelve soldiers were wounded in Bolivia.', []],
  // a population, but of no named place: nothing to group it by
  ['It is a town of 40,000 people.', []],
];

describe('tallies: standing counts of people or troops in a place', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const { tallies, units } = talliesOf(sentence);
    expect(tallies.map((t, i) => `${t.trigger} / ${units[i]} / ${t.places.map((p) => p.text).join()} / ${t.agents.map((p) => p.text).join()}`)).toEqual(expected);
    for (const t of tallies) expect([t.type, t.targets.length]).toEqual(['tally', 0]);
  });

  it('is hypothetical or future when its clause says so', () => {
    expect(talliesOf('Chile would have 3,000 troops in Peru if the plan went ahead.').tallies.map((t) => t.modality)).toEqual(['hypothetical']);
    expect(talliesOf('Chile will have 3,000 troops in Peru.').tallies.map((t) => t.modality)).toEqual(['future']);
  });

  it('is dated only by a date in its own clause', () => {
    expect(talliesOf('Some 2,000 troops remain in Chile as of March 1.').tallies[0]?.time).not.toBeNull();
    expect(talliesOf('On Tuesday the minister said that 2,000 troops remain in Chile.').tallies[0]?.time).toBeNull();
  });
});
