import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analyze/mentions.ts';
import { parseText } from '../../../src/analyze/nlp.ts';
import type { Mention } from '../../../src/model.ts';

function mentionsOf(text: string): Mention[] {
  return findMentions(text, parseText(text, [{ start: 0, end: text.length }]));
}

/** "surface:type" plus "<core:type>" when the mention is a description around a name. */
const describe_ = (text: string): string[] =>
  mentionsOf(text).map((m) => `${m.text}:${m.type}${m.core ? `<${text.slice(m.core.start, m.core.end)}:${m.core.type}>` : ''}`);

describe('descriptive institution mentions', () => {
  const table: Array<[string, string[]]> = [
    ['The Chilean government denied the report.', ['Chilean government:organization<Chilean:group>']],
    ['US forces withdrew from the valley.', ['US forces:organization<US:place>']],
    ['A statement from the Peruvian health ministry followed.', ['Peruvian health ministry:organization<Peruvian:group>']],
    ['Officials said the Canada armed forces were ready.', ['Canada armed forces:organization<Canada:place>']],
    ['Critics of the Tanaka administration protested in Osaka.', ['Tanaka administration:organization<Tanaka:person>', 'Osaka:place']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(describe_(sentence)).toEqual(expected);
  });
});

describe('descriptive institution mentions: false positives', () => {
  const table: Array<[string, string[]]> = [
    // People nouns name no institution.
    ['Three US troops were wounded.', ['US:place']],
    ['Chilean officials met on Friday.', ['Chilean:group']],
    // The noun phrase goes on: "military" modifies "base".
    ['Rockets hit a US military base overnight.', ['US:place']],
    // A possessive or a comma ends the name.
    ["Peru's government fell.", ['Peru:place']],
    ['He flew to Peru, government sources said.', ['Peru:place']],
    // A plural people-group takes no description.
    ['Peruvians government critics marched.', ['Peruvians:group']],
    // The noun belongs to the whole list of nationalities, so no one of them takes it.
    ['Strikes by Chilean and Peruvian forces began.', ['Chilean:group', 'Peruvian:group']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(describe_(sentence)).toEqual(expected);
  });
});
