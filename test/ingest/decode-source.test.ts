import { describe, expect, it } from 'vitest';
import { decodeSource, MAX_ARTICLE_BYTES } from '../../src/ingest/decode-source.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeSource accepts text', () => {
  it.each([
    ['plain', utf8('Hello world'), 'Hello world'],
    ['BOM', utf8('\uFEFFHello'), 'Hello'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), 'Hi'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]), 'Hi'],
  ])('%s', (_name, bytes, text) => {
    expect(decodeSource(bytes)).toEqual({ ok: true, text, warnings: [] });
  });

  it('warns about a few invalid bytes in otherwise good text', () => {
    const bytes = new Uint8Array([...utf8('a'.repeat(200) + '\n'), 0xff, ...utf8(' end')]);
    const result = decodeSource(bytes);
    expect(result.ok && result.warnings).toEqual([{ ruleId: 'invalid-utf8', reason: expect.any(String), line: 2 }]);
  });
});

describe('decodeSource rejects non-articles', () => {
  it.each([
    ['empty', new Uint8Array(), 'empty-file'],
    ['whitespace', utf8(' \n\t\r\n '), 'blank-file'],
    ['only invisible characters', utf8('\u200B\uFEFF\n'), 'blank-file'],
    ['NUL bytes', new Uint8Array([0x48, 0x00, 0x49]), 'binary-file'],
    ['random bytes', new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 97 + 131) % 256)), 'binary-file'],
    ['too large', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), 'file-too-large'],
  ])('%s → %s', (_name, bytes, ruleId) => {
    expect(decodeSource(bytes)).toMatchObject({ ok: false, ruleId });
  });
});
