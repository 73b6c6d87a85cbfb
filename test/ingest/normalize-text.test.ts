import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalize-text.ts';

describe('normalizeText', () => {
  it.each([
    ['\uFEFFHello', 'Hello'],
    ['a\r\nb\rc\n', 'a\nb\nc\n'],
    ['Cafe\u0301', 'Café'],
    ['zero\u200Bwidth\u200D join', 'zerowidth join'],
    ['soft\u00ADhyphen', 'softhyphen'],
    ['non\u00A0breaking\u202Fspace', 'non breaking space'],
    ['bell\u0007 and\u001B escape', 'bell and escape'],
    ['tab\tstays', 'tab\tstays'],
    ['line\u2028separator', 'line separator'],
    ['<b>markup</b> & stays', '<b>markup</b> & stays'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('keeps the number of lines of the source', () => {
    const raw = 'one\r\ntwo\rthree\n\u000Cfour';
    expect(normalizeText(raw).split('\n')).toHaveLength(4);
  });
});
