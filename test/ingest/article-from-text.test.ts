import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/article-from-text.ts';

describe('articleFromText', () => {
  it.each([
    ['One line.', ['One line.']],
    ['First para.\n\nSecond para.', ['First para.', 'Second para.']],
    ['Headline without stop\nBody starts here.', ['Headline without stop', 'Body starts here.']],
    ['A hard-wrapped line that goes\non in lower case.', ['A hard-wrapped line that goes\non in lower case.']],
    ['  Indented.  \r\nNext.', ['Indented.', 'Next.']],
    ['\n\n\n', []],
  ])('%j → paragraphs %j', (text, expected) => {
    const a = articleFromText('x', text, null);
    expect(a.text).toBe(text);
    expect(a.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(expected);
  });

  it('keeps a given publication date and never invents one', () => {
    expect(articleFromText('x', 'T.', '2024-01-02').meta.published).toEqual({ value: '2024-01-02', basis: 'front-matter' });
    expect(articleFromText('x', 'T.', null).meta.published).toEqual({ value: null, basis: 'unknown' });
  });
});
