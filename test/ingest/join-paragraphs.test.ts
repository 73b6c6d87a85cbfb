import { describe, expect, it } from 'vitest';
import { joinParagraphs } from '../../src/ingest/join-paragraphs.ts';

describe('joinParagraphs', () => {
  it.each([
    [[], '', [], []],
    [[{ text: 'One.', line: 3, kind: 'paragraph' as const }], 'One.', [{ start: 0, end: 4, kind: 'paragraph' }], [3]],
    [
      [
        { text: 'Title', line: 1, kind: 'heading' as const },
        { text: '', line: 2, kind: 'paragraph' as const },
        { text: 'Item', line: 4, kind: 'list-item' as const },
      ],
      'Title\n\nItem',
      [
        { start: 0, end: 5, kind: 'heading' },
        { start: 7, end: 11, kind: 'list-item' },
      ],
      [1, 4],
    ],
  ])('%j', (blocks, text, paragraphs, lines) => {
    const joined = joinParagraphs(blocks);
    expect(joined.text).toBe(text);
    expect(joined.paragraphs).toEqual(paragraphs);
    expect(joined.paragraphLines).toEqual(lines);
  });
});
