import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/ingest/markdown-blocks.ts';

const blocks = (md: string, offset = 0) => markdownBlocks(md, offset).blocks.map((b) => [b.kind, b.text, b.line]);

describe('markdownBlocks', () => {
  it.each([
    ['heading', '# Big News', [['heading', 'Big News', 1]]],
    ['emphasis and links become text', 'The **vote** was [close](https://example.org).', [['paragraph', 'The vote was close.', 1]]],
    ['soft breaks become spaces', 'One line\nand the next', [['paragraph', 'One line and the next', 1]]],
    ['image alt text', '![A flooded street](x.png)', [['paragraph', 'A flooded street', 1]]],
    ['lists, nested', '- one\n- two\n  - three', [['list-item', 'one', 1], ['list-item', 'two', 2], ['list-item', 'three', 3]]],
    ['ordered list', '1. first\n2. second', [['list-item', 'first', 1], ['list-item', 'second', 2]]],
    ['blockquote', '> Quoted words.\n>\n> More quoted.', [['blockquote', 'Quoted words.', 1], ['blockquote', 'More quoted.', 3]]],
    ['inline html loses tags', 'Some <b>bold</b> text', [['paragraph', 'Some bold text', 1]]],
    ['html block keeps text, drops script', '<div>Kept <script>alert(1)</script>words</div>', [['paragraph', 'Kept words', 1]]],
    ['entities decoded by the parser', 'Fish &amp; chips', [['paragraph', 'Fish & chips', 1]]],
    ['line offset added', '\nBody', [['paragraph', 'Body', 7]], 5],
  ])('%s', (_name, md, expected, offset = 0) => {
    expect(blocks(md, offset)).toEqual(expected);
  });

  it.each([
    ['fenced code', '```\nx = 1\n```', 'code block'],
    ['indented code', '    x = 1', 'code block'],
    ['empty html', '<!-- note -->', 'html markup'],
  ])('drops %s', (_name, md, reason) => {
    const result = markdownBlocks(md);
    expect(result.blocks).toEqual([]);
    expect(result.removed.map((r) => r.reason)).toEqual([reason]);
  });

  it('keeps heading depth', () => {
    expect(markdownBlocks('## Sub').blocks[0]?.depth).toBe(2);
  });
});
