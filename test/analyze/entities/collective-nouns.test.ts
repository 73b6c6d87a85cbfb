import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analyze/mentions.ts';
import { parseText } from '../../../src/analyze/nlp.ts';

/** "surface:type" plus "<core>" and "=name" when the mention widened around a name. */
function view(text: string): string[] {
  return findMentions(text, parseText(text, [{ start: 0, end: text.length }])).map(
    (m) => `${m.text}:${m.type}${m.core ? `<${text.slice(m.core.start, m.core.end)}>=${m.name}` : ''}`,
  );
}

describe('collective and region nouns after a name', () => {
  const table: Array<[string, string[]]> = [
    ['Fighters of the Zarqawi movement seized the ridge.', ['Zarqawi movement:organization<Zarqawi>=Zarqawi']],
    ['Officials said the Zarqawi rebels fired two missiles.', ['Zarqawi rebels:organization<Zarqawi>=Zarqawi']],
    ['Leaders of Nordic states met in Oslo.', ['Nordic states:group<Nordic>=Nordic', 'Oslo:place']],
    ['A rocket hit a market in the Tigray region on Monday.', ['Tigray region:place<Tigray>=Tigray']],
    ['Chilean settlers blocked the road near Temuco.', ['Chilean settlers:group<Chilean>=Chilean settlers', 'Temuco:place']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('collective and region nouns: false positives', () => {
  const table: Array<[string, string[]]> = [
    // A nationality of a country with a group noun is not that country, nor a name of its own.
    ['Syrian rebels shelled the town.', ['Syrian:group']],
    // A country keeps its name: "rebels" there are people from it, not the country.
    ['He said Peru rebels had surrendered.', ['Peru:place']],
    // The noun phrase goes on: "movement" only modifies "leaders".
    ['Police detained Zarqawi movement leaders in Amman.', ['Zarqawi:organization', 'Amman:place']],
    // Capitalised "Region" is part of a name of its own, found whole.
    ['Voters in the Tarlan Region went to the polls.', ['Tarlan Region:place']],
    // A people noun after a nationality that is a plural noun itself.
    ['Thousands of Chileans protested in Santiago.', ['Chileans:group', 'Santiago:place']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('a class noun before a list of names types all of them', () => {
  const table: Array<[string, string[]]> = [
    ['Two armed factions, most notably the groups Tal Azar and Imam Tahir, agreed to stop.', ['Tal Azar:organization', 'Imam Tahir:organization']],
    ['Shares in the companies Velto, Ardex and Mira Holdings fell.', ['Velto:organization', 'Ardex:organization', 'Mira Holdings:organization']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('a class noun before a list of names: false positives', () => {
  const table: Array<[string, string[]]> = [
    // No determiner: "party" is a modifier of the name, not its class.
    ['Party leader Anna Berg said the vote would go ahead.', ['Anna Berg:person']],
    // Only names joined to the list follow its type.
    ['The groups Tal Azar and Imam Tahir met while Ana Ruiz watched.', ['Tal Azar:organization', 'Imam Tahir:organization', 'Ana Ruiz:person']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});
