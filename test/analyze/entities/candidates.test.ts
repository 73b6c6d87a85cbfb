import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/analyze/entities/candidates.ts';
import { parseText } from '../../../src/analyze/nlp.ts';

function candidatesOf(sentence: string): Array<{ name: string; title?: string }> {
  const parsed = parseText(sentence, [{ start: 0, end: sentence.length }]);
  return parsed.sentences.flatMap((s) =>
    findCandidates(s.tokens).map((c) => ({ name: sentence.slice(c.start, c.end), ...(c.title ? { title: c.title } : {}) })),
  );
}

describe('findCandidates', () => {
  const table: Array<[string, Array<{ name: string; title?: string }>]> = [
    ['They met the Bank of Northland today.', [{ name: 'Bank of Northland' }]],
    ['Former President Ana Ruiz and Ruiz.', [{ name: 'Ana Ruiz', title: 'Former President' }, { name: 'Ruiz' }]],
    ['Pentagon spokesman Tom Vale said so.', [{ name: 'Pentagon' }, { name: 'Tom Vale', title: 'spokesman' }]],
    ['Secretary of State Ana Ruiz flew.', [{ name: 'Ana Ruiz', title: 'Secretary of State' }]],
    ['Brazil and Chile signed.', [{ name: 'Brazil' }, { name: 'Chile' }]],
    ['The Center for Maritime and Coastal Studies wrote.', [{ name: 'Center for Maritime and Coastal Studies' }]],
    ['Zorbia’s Red Guard attacked.', [{ name: 'Zorbia' }, { name: 'Red Guard' }]],
    ['A Peru-backed plan.', [{ name: 'Peru' }]],
    ['We met Yoon Seo-jin today.', [{ name: 'Yoon Seo-jin' }]],
    ['He thanked former President Ana Ruiz.', [{ name: 'Ana Ruiz', title: 'former President' }]],
    ['We saw the White House National Trade Council staff.', [{ name: 'White House' }, { name: 'National Trade Council' }]],
    ['We met the All Workers Union today.', [{ name: 'All Workers Union' }]],
    ['We met envoys of the WHO today.', [{ name: 'WHO' }]],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(candidatesOf(sentence)).toEqual(expected);
  });

  const falsePositives: Array<[string, Array<{ name: string; title?: string }>]> = [
    ['A Kyiv-born pianist and an Oslo-based firm.', [{ name: 'Kyiv' }, { name: 'Oslo' }]],
    ['The Federal Reserve Bank raised rates.', [{ name: 'Federal Reserve Bank' }]],
    ['The Supreme Court Bar Association met.', [{ name: 'Supreme Court Bar Association' }]],
    ['All Workers must vote.', [{ name: 'Workers' }]],
    ['WHO SAID THAT', []],
  ];
  it.each(falsePositives)('no false split or name: %s', (sentence, expected) => {
    expect(candidatesOf(sentence)).toEqual(expected);
  });
});
