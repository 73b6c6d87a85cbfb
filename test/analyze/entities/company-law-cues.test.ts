/**
 * Type cues for companies, laws, bare institutions and surnames read as adjectives. Each table
 * pairs sentences where a rule must fire with sentences where it must not.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analyze/mentions.ts';
import { parseText } from '../../../src/analyze/nlp.ts';

function spans(text: string): string[] {
  const paragraphs: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return findMentions(text, parseText(text, paragraphs)).map((m) => `${m.text}:${m.type}`);
}

const check = (table: Array<[string, string[]]>): void => {
  it.each(table)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
};

describe('a lone speaker that says "its …" is an organisation; one that does not stays a person', () => {
  check([
    ['Brontex said on Monday its quarterly revenue rose.', ['Brontex:organization']],
    ['A year later Velmora said its plant would close.', ['Velmora:organization']],
    ['Okafor said on Monday it was too early to tell.', ['Okafor:person']],
    ['Okafor said the company would appeal.', ['Okafor:person']],
    ['Okafor said. Its board met on Friday.', ['Okafor:person']],
  ]);
});

describe('a name whose price moves in percent is a traded company', () => {
  check([
    ['Shares of Velmora Tambor fell 5 percent on Friday.', ['Velmora Tambor:organization']],
    ['Investors sold as rival Grex Holdnik gained 2 percent.', ['Grex Holdnik:organization']],
    ['After the report Brontex rose 3% in early trade.', ['Brontex:organization']],
    ['Maria Okafor rose to speak at the meeting.', ['Maria Okafor:person']],
    ['Maria Okafor gained 2 kilograms in the first week.', ['Maria Okafor:person']],
  ]);
});

describe('named laws and treaties are no actors', () => {
  check([
    ['Lawmakers passed the Affordable Homes Act on Friday.', []],
    ['The court said the rule violated the First Amendment.', []],
    ['Both sides signed the Border Water Treaty in March.', []],
    ['Judge Maria Okafor blocked the law.', ['Maria Okafor:person']],
    ['The Act Party won two seats.', ['Act Party:organization']],
  ]);
});

describe('a bare institution after "the" is a name, not a dropped title', () => {
  check([
    ['Officials in the Treasury said the plan would cost more.', ['Treasury:organization']],
    ['The bill now goes to the Senate for a vote.', ['Senate:organization']],
    ['The Treasury Secretary said nothing.', []],
    ['Treasury Secretary Maria Okafor said nothing.', ['Maria Okafor:person']],
  ]);
});

describe('a surname read as an adjective still names the person introduced in full', () => {
  check([
    ['Governor Michelle Young spoke on Monday. Young told reporters the bank was watching wages.', ['Michelle Young:person', 'Young:person']],
    ['Governor Anna Strong spoke on Monday. Strong said wages were rising.', ['Anna Strong:person', 'Strong:person']],
    ['Governor Michelle Young spoke on Monday. Young voters stayed home.', ['Michelle Young:person']],
    ['Young told reporters the bank was watching wages.', []],
  ]);
});
