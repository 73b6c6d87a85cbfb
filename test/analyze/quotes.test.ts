import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/analyze/mentions.ts';
import { parseText } from '../../src/analyze/nlp.ts';
import { findQuotes } from '../../src/analyze/quotes.ts';
import type { Quote } from '../../src/model.ts';

/** Paragraphs = blocks separated by blank lines, as the ingest stage makes them. */
function quotesOf(text: string): Quote[] {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const parsed = parseText(text, paragraphs);
  const sentences = parsed.sentences.map((s, index) => ({ index, start: s.start, end: s.end, paragraph: s.paragraph, tense: s.tense }));
  return findQuotes(text, parsed, sentences, findMentions(text, parsed));
}

/** "first words of the quote → speaker" pairs. */
const show = (q: Quote): string => `${q.text.split(' ').slice(0, 3).join(' ')} → ${q.speaker?.text ?? 'none'}`;

describe('findQuotes: spans and speakers', () => {
  const table: Array<[string, string[]]> = [
    ['“The bridge will reopen in May,” Maria Lindqvist said.', ['The bridge will → Maria Lindqvist']],
    ['"We are not leaving," said Tomas Berg, the union leader.', ['We are not → Tomas Berg']],
    ['Olga Petrova said the plan was “a serious mistake”.', ['a serious mistake → Olga Petrova']],
    ['Rafael Ortiz told reporters: "Nothing has been decided."', ['Nothing has been → Rafael Ortiz']],
    ['“Prices will fall,” according to Helen Marsh.', ['Prices will fall, → Helen Marsh']],
    ['“The line is safe,” the official said.', ['The line is → the official']],
    [
      'Mayor Ines Caldera opened the session.\n\n“We need more buses,” she said. “And we need them now.”',
      ['We need more → Ines Caldera', 'And we need → Ines Caldera'],
    ],
    ['“This is only the beginning,” Jonas Weber said, “and more will follow.”', ['This is only → Jonas Weber', 'and more will → Jonas Weber']],
    [
      'Anders Holm spoke at length. “The first point is cost.\n\n“The second point is time,” he said.',
      ['The first point → Anders Holm'],
    ],
    ['The Harbour Authority said in a statement on Monday that it would act.\n\n“All ships must register,” the statement said.', ['All ships must → Harbour Authority']],
    ['A spokesman for the ministry said the talks were “constructive”.', ['constructive → A spokesman for the ministry']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(quotesOf(text).map(show)).toEqual(expected);
  });

  it('keeps the quoted words without the marks and points the speaker at its mention', () => {
    const [quote] = quotesOf('“Nobody expected this,” Clara Jensen said.');
    expect(quote?.text).toBe('Nobody expected this,');
    expect(quote?.speaker?.via).toBe('said-after');
    expect(quote?.speaker?.mention).toBe(0);
  });
});

describe('findQuotes: quote marks that are no quotation', () => {
  const falsePositives: string[] = [
    'Karl “Kalle” Nyberg retired from the team.',
    'She appeared on “Morning Report” with the minister.',
    'The minister’s “Green Streets” plan was delayed.',
  ];
  it.each(falsePositives)('%s', (text) => {
    expect(quotesOf(text).map(show)).toEqual([]);
  });
});
