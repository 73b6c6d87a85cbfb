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
  ['Nearly a third of Peru\'s 640,000 residents live in the hills.', ['640,000 residents / people / Peru / ']],
  ['A third of Peru\'s population of 800,000 has sought shelter in the hills.', ['population of 800,000 / people / Peru / ']],
  ['Kenya keeps some 1,200 troops in Somalia and 300 in Uganda.', ['1,200 troops / troops / Somalia / Kenya', '300 / troops / Uganda / Kenya']],
  ['Kenya has 700 troops in Somalia.', ['700 troops / troops / Somalia / Kenya']],
  ['Engineers work in both Chile, where Kenya keeps 600 troops, and Bolivia, where it keeps 150.', ['600 troops / troops / Chile / Kenya', '150 / troops / Bolivia / ']],
  ['There are roughly 400 UN troops in Bolivia on a training mission.', ['400 UN troops / troops / Bolivia / UN']],
  ['Officials said 1,200 people are living in tents across Ecuador.', ['1,200 people / people / Ecuador / ']],
  // false positives
  ['2,000 people were killed in Ecuador.', []],
  ['The 2.3 million dollar deal was signed in Ecuador.', []],
  ['About 900 people marched in Quito on Sunday.', []],
  ['The 30-year-old lived in Quito.', []],
  ['50 percent of voters in Ecuador backed the plan.', []],
  ['The army evacuated 900 people from Quito.', []],
  ['The US deployed 3,000 troops to Chile on Monday.', []],
  // a posting verb is a deployment trigger: the deployment has the count, no tally beside it
  ['About 1,800 US troops are stationed in Chile.', []],
  ['Kenya has deployed 1,800 troops in Somalia.', []],
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
