import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analyze/analyze-article.ts';
import { articleFromText } from '../../../src/ingest/article-from-text.ts';
import { readDateClues } from '../../../src/link/publication/date-clues.ts';

function clues(text: string) {
  const article = articleFromText('x', text, null);
  return readDateClues(article, analyzeArticle(article, 'test'));
}

describe('readDateClues: the lead weekday', () => {
  const cases: readonly [string, string][] = [
    ['The mayor of Eastbrook on Tuesday opened the new bridge over the Lune.', 'Tuesday'],
    ['Flood water reached the old mill in Eastbrook on Sunday, residents said.', 'Sunday'],
    ['The bridge in Eastbrook is open again. Engineers finished the repairs on Monday.', 'Monday'],
  ];
  for (const [text, lead] of cases) {
    it(text, () => expect(clues(text).lead?.text).toBe(lead));
  }
});

describe('readDateClues: no lead weekday (false positives)', () => {
  const cases: readonly [string, string][] = [
    ['future clause', 'The mayor of Eastbrook will open the new bridge on Tuesday.'],
    ['scheduled', 'The mayor of Eastbrook is due to open the new bridge on Tuesday.'],
    ['weekday with a relation', 'The mayor of Eastbrook opened the new bridge last Tuesday.'],
    ['weekday after the lead', 'The bridge is open. Cars cross it. Buses too. The mayor opened it on Tuesday.'],
  ];
  for (const [name, text] of cases) {
    it(name, () => expect(clues(text).lead).toBeNull());
  }
});

describe('readDateClues: the earliest possible publication day', () => {
  const cases: readonly [string, string | null][] = [
    ['Engineers began the repairs in Eastbrook on 4 June 2029 and finished them on Monday.', '2029-06-04'],
    ['The old bridge in Eastbrook was built in 1911.', '1911-01-01'],
    ['The mayor of Eastbrook will open a bridge in 2040.', null],
    ['The mayor of Eastbrook will open the bridge on 4 June 2040.', null],
  ];
  for (const [text, notBefore] of cases) {
    it(text, () => expect(clues(text).notBefore?.value ?? null).toBe(notBefore));
  }
});
