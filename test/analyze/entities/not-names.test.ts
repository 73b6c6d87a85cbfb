import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analyze/mentions.ts';
import { parseText } from '../../../src/analyze/nlp.ts';

const spans = (text: string): string[] => findMentions(text, parseText(text, [{ start: 0, end: text.length }])).map((m) => `${m.text}:${m.type}`);

describe('capitalised words that name no actor', () => {
  const CASES: [string, string[]][] = [
    // A vessel after its prefix.
    ['Two missiles missed the Panama-flagged tanker M/V ORION, officials said.', ['Panama:place']],
    ['The destroyer HMS Valiant shot down three drones near Lagos.', ['Lagos:place']],
    // A capitalised adjective before a common noun.
    ['Ruiz leads an influential Parliamentary party that backs the cabinet.', ['Ruiz:person']],
    ['Soldiers stood outside the Presidential palace in Lima.', ['Lima:place']],
    ['The Federal government cut fuel taxes on Monday.', []],
    // False positives: names, places, nationality words and groups stay.
    ['The Federal Reserve raised rates.', ['Federal Reserve:organization']],
    ['Kenyan troops and Nepal police arrived in Juba.', ['Kenyan:group', 'Nepal police:organization', 'Juba:place']],
    ['Talks between Chilean and Peruvian leaders resumed in Cairo.', ['Chilean:group', 'Peruvian:group', 'Cairo:place']],
    // A capitalised adjective before people names their group.
    ['An envoy met Arab leaders in Cairo.', ['Arab:group', 'Cairo:place']],
    ['Talks between Chilean and Kurdish leaders resumed.', ['Chilean:group', 'Kurdish:group']],
    ['The Federal Reserve hired Maria Soto as an adviser.', ['Federal Reserve:organization', 'Maria Soto:person']],
    ['Supporters of Jamal Ortiz marched in Quito.', ['Jamal Ortiz:person', 'Quito:place']],
  ];
  it.each(CASES)('%s', (text, expected) => expect(spans(text)).toEqual(expected));
});
