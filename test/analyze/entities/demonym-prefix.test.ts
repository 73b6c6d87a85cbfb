import { describe, expect, it } from 'vitest';
import type { DraftMention } from '../../../src/analyze/entities/article-consistency.ts';
import { splitDemonymPrefixes } from '../../../src/analyze/entities/demonym-prefix.ts';

function draft(text: string, start: number, type: DraftMention['type'] = 'organization'): DraftMention {
  return { start, end: start + text.length, text, name: text, type, sentence: 0, evidence: ['cue:test'], strong: true };
}

const view = (ds: readonly DraftMention[]): string[] => ds.map((d) => `${d.text}@${d.start}:${d.type}`);

describe('splitDemonymPrefixes', () => {
  const table: Array<[string, DraftMention[], string[]]> = [
    ['a generic "<head> of X" name', [draft('Danish Ministry of Culture', 10)], ['Danish@10:group', 'Ministry of Culture@17:organization']],
    [
      'a name the article also uses bare',
      [draft('Iraqi Saraya Nour Brigades', 0), draft('Saraya Nour', 60)],
      ['Iraqi@0:group', 'Saraya Nour Brigades@6:organization', 'Saraya Nour@60:organization'],
    ],
  ];
  it.each(table)('splits %s', (_label, drafts, expected) => {
    expect(view(splitDemonymPrefixes(drafts))).toEqual(expected);
  });

  const falsePositives: Array<[string, DraftMention[]]> = [
    ['a name the nationality belongs to', [draft('Syrian Democratic Forces', 0)]],
    ['a relief society never named without it', [draft('Palestinian Red Crescent', 4)]],
    ['a person', [draft('Danish Ministry of Culture', 0, 'person')]],
    ['a plural people word', [draft('Iraqis Union of Students', 0)]],
    ['a name that opens with no nationality', [draft('Northern Ministry of Works', 0)]],
  ];
  it.each(falsePositives)('keeps %s whole', (_label, drafts) => {
    expect(splitDemonymPrefixes(drafts)).toEqual(drafts);
  });

  it('gives the nationality its country', () => {
    const [nationality] = splitDemonymPrefixes([draft('Danish Ministry of Culture', 0)]);
    expect(nationality).toMatchObject({ name: 'Danish', country: 'Denmark', evidence: ['demonym:adjective'] });
  });
});
