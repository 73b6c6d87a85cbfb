import { describe, expect, it } from 'vitest';
import { collapseSpaces, groupParagraphs } from '../../src/ingest/group-paragraphs.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const group = (text: string) => groupParagraphs(lines(text)).map((b) => [b.kind, b.text, b.line]);

describe('groupParagraphs', () => {
  it.each([
    ['one line per paragraph', 'First sentence.\nSecond sentence.', [['paragraph', 'First sentence.', 1], ['paragraph', 'Second sentence.', 2]]],
    ['blank lines split', 'One.\n\n\nTwo.', [['paragraph', 'One.', 1], ['paragraph', 'Two.', 4]]],
    ['lower-case continuation joins', 'A line that goes\non in lower case.', [['paragraph', 'A line that goes on in lower case.', 1]]],
    [
      'hard-wrapped text joins',
      'The committee met on Tuesday to discuss the harbour plan and\nRiver District objections that were filed last month by locals.',
      [['paragraph', 'The committee met on Tuesday to discuss the harbour plan and River District objections that were filed last month by locals.', 1]],
    ],
    ['bullets become list items', '• First item.\n- Second item\n* Third item', [['list-item', 'First item.', 1], ['list-item', 'Second item', 2], ['list-item', 'Third item', 3]]],
    ['a short stand-alone line between paragraphs is a subheading', 'It ended.\n\nTalks stall in the capital\n\nThen it began.', [['paragraph', 'It ended.', 1], ['heading', 'Talks stall in the capital', 3], ['paragraph', 'Then it began.', 5]]],
    ['whitespace collapses', '  Too   many\tspaces.  ', [['paragraph', 'Too many spaces.', 1]]],
  ])('%s', (_name, text, expected) => {
    expect(group(text)).toEqual(expected);
  });
});

describe('groupParagraphs false positives', () => {
  it.each([
    ['a capitalised line after a sentence is a new paragraph', 'It ended.\nThen it began again.', 2],
    ['a capitalised line after a headline-like line in long-line text stays apart', `Short Title Line\n${'Long body sentence that goes on. '.repeat(5)}`, 2],
    ['a short line after an unfinished paragraph is not a subheading', 'The list included\n\nThree Rivers Bank\n\nand more.', 3],
    ['a short last line is not a subheading', 'It ended.\n\nSee you soon', 2],
    ['a short line with a full stop is not a subheading', 'It ended.\n\nThen silence.\n\nMore text.', 3],
    ['a minus sign is not a bullet', '-5 degrees was the low.', 1],
  ])('%s', (_name, text, count) => {
    expect(groupParagraphs(lines(text))).toHaveLength(count);
    expect(groupParagraphs(lines(text)).every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('collapseSpaces trims and collapses', () => {
    expect(collapseSpaces(' a \n b\t\tc ')).toBe('a b c');
  });
});
