import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/analyze/figures.ts';
import type { Figure } from '../../src/model.ts';

const figuresOf = (text: string): Figure[] => findFigures(text, [{ index: 0, start: 0, end: text.length, paragraph: 0, tense: null }]);
const show = (f: Figure): string => `${f.value} ${f.unit}${f.qualifier ? ` (${f.qualifier})` : ''}`;

describe('findFigures: numbers with what they count', () => {
  const table: Array<[string, string[]]> = [
    ['The flood killed at least 12 villagers near the dam.', ['12 killed (at least)']],
    ['Four firefighters were injured when the roof collapsed.', ['4 wounded']],
    ['The shelling wounded more than 60 people, medics said.', ['60 wounded (more than)']],
    ['The army keeps about 1,800 troops on the island.', ['1800 troops (about)']],
    ['Jets struck nearly 40 targets overnight.', ['40 targets (nearly)']],
    ['The navy fired up to 20 cruise missiles at the port.', ['20 munitions (up to)']],
    ['Rebels still hold 75 hostages in the hills.', ['75 hostages']],
    ['The fund pledged $3.5 billion for reconstruction.', ['3500000000 money']],
    ['The city of 1.2 million people lost power.', ['1200000 people']],
    ['Militias launched two dozen drone attacks on the pipeline.', ['24 attacks']],
    ['Dozens of rockets landed near the airport.', ['null munitions (dozens)']],
    ['They seized six trucks in the north, and nine in the south.', ['6 count', '9 count']],
    ['Nine miners died and 14 injured in the blast.', ['9 killed', '14 wounded']],
    ['The gunmen killed 8 guards and wounded the same number.', ['8 killed', '8 wounded']],
    ['No one was hurt in the fire.', ['0 wounded']],
    ['The ferry sank, and a sailor and several tourists were killed.', ['1 killed', 'null killed (several)']],
    ['Sailors shot down four drones and a missile over the strait.', ['4 munitions', '1 munitions']],
    ['Talks began on a 90-day truce.', ['90 days']],
    ['Ana Ruiz, 52, of Valencia, was among the dead.', ['52 age']],
    ['Over half of the town fled.', ['0.5 fraction (more than)']],
    ['The region is home to a population of three million.', ['3000000 people']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(figuresOf(sentence).map(show)).toEqual(expected);
  });
});

describe('findFigures: numbers that count nothing', () => {
  const falsePositives: string[] = [
    'The ceasefire began on 14 March 2021.',
    'The talks resume on Oct. 3 at 10 a.m. in Geneva.',
    'Two F-35 jets escorted the plane.',
    'Police found 155mm shells in the car.',
    'Crews worked on Route 9 until dawn.',
    'It was the third blast this week.',
    'One of the leaders resigned in 1998.',
    'Call 555-0147 for details.',
    'The war began nearly four months ago.',
  ];
  it.each(falsePositives)('%s', (sentence) => {
    expect(figuresOf(sentence).filter((f) => f.unit !== 'age').map(show)).toEqual([]);
  });
});
