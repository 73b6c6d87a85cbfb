import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/model.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/ingest');

interface Expected {
  article?: null;
  format?: 'text' | 'markdown';
  /** field → [value, basis, line?] */
  meta?: Partial<Record<keyof ArticleMeta, [string | null, string, number?]>>;
  paragraphs?: [string, string][];
  paragraphLines?: number[];
  removedReasons?: string[];
  diagnostics: string[];
}

const cases = readdirSync(FIXTURES).sort().map((name) => {
  const dir = path.join(FIXTURES, name);
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`fixture ${name} has no input file`);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  return { name, file: `${name}/${input}`, bytes: new Uint8Array(readFileSync(path.join(dir, input))), expected };
});

describe('parseArticle on whole-file fixtures', () => {
  it.each(cases)('$name', ({ file, bytes, expected }) => {
    const { article, diagnostics } = parseArticle({ file, bytes });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(expected.diagnostics);
    for (const d of diagnostics) {
      expect(d.file).toBe(file);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.reason.length).toBeGreaterThan(10);
    }
    if (expected.article === null) {
      expect(article).toBeNull();
      return;
    }
    if (!article) throw new Error('expected an article');
    expect(article.format).toBe(expected.format);
    for (const [key, [value, basis, line]] of Object.entries(expected.meta ?? {})) {
      const field = article.meta[key as keyof ArticleMeta];
      expect({ key, value: field.value, basis: field.basis }).toEqual({ key, value, basis });
      if (line !== undefined) expect(field.line).toBe(line);
    }
    if (expected.paragraphs) {
      expect(article.paragraphs.map((p) => [p.kind, article.text.slice(p.start, p.end)])).toEqual(expected.paragraphs);
    }
    if (expected.paragraphLines) expect(article.paragraphLines).toEqual(expected.paragraphLines);
    if (expected.removedReasons) expect(article.removed.map((r) => r.reason)).toEqual(expected.removedReasons);
  });
});

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseArticle invariants', () => {
  it('joins paragraphs with one blank line and keeps spans exact', () => {
    const { article } = parseArticle({ file: 'a/b.txt', bytes: encode('Quiet Night In The Valley\n\nFirst  part\nof a wrapped line.\n\n\nSecond paragraph.\n') });
    expect(article?.text).toBe('First part of a wrapped line.\n\nSecond paragraph.');
    expect(article?.paragraphs).toEqual([
      { start: 0, end: 29, kind: 'paragraph' },
      { start: 31, end: 48, kind: 'paragraph' },
    ]);
    expect(article?.paragraphLines).toEqual([3, 7]);
  });

  it.each([
    ['news/2024/story.txt', 'news/2024/story', 'text'],
    ['notes.markdown', 'notes', 'markdown'],
    ['a.b.md', 'a.b', 'markdown'],
  ])('derives id and format from %s', (file, id, format) => {
    const { article } = parseArticle({ file, bytes: encode('Some Headline Here\n\nBody text.\n') });
    expect(article?.id).toBe(id);
    expect(article?.format).toBe(format);
    expect(article?.slug).toBe('some-headline-here');
  });

  it('hashes the source bytes with sha256', () => {
    const { article } = parseArticle({ file: 'x.txt', bytes: encode('abc') });
    expect(article?.sourceHash).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('falls back to the file name for the slug when there is no title', () => {
    const { article, diagnostics } = parseArticle({ file: 'dir/Plain Notes.txt', bytes: encode('This first line is a full sentence that ends with a stop.\n') });
    expect(article?.meta.title).toEqual({ value: null, basis: 'unknown' });
    expect(article?.slug).toBe('plain-notes');
    expect(diagnostics.map((d) => d.ruleId)).toContain('title-unknown');
  });

  it('never gives an undated article a date', () => {
    const { article } = parseArticle({ file: 'u.txt', bytes: encode('Town Fair Draws Crowds\n\nThe fair opened on Saturday.\n') });
    expect(article?.meta.published).toEqual({ value: null, basis: 'unknown' });
  });

  it('skips files over the size limit with a diagnostic', () => {
    const { article, diagnostics } = parseArticle({ file: 'big.txt', bytes: new Uint8Array(2 * 1024 * 1024 + 1).fill(65) });
    expect(article).toBeNull();
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['file-too-large']);
  });

  it('refuses executable (---js) front matter without running it', () => {
    const globals = globalThis as { ingestTestFlag?: boolean };
    const { article, diagnostics } = parseArticle({ file: 'js.md', bytes: encode('---js\n{ title: (globalThis.ingestTestFlag = true, "x") }\n---\nBody.\n') });
    expect(globals.ingestTestFlag).toBeUndefined();
    expect(article).not.toBeNull();
    expect(diagnostics.every((d) => d.ruleId !== 'front-matter-invalid' || d.severity === 'warning')).toBe(true);
  });

  it('rejects non-web URLs from front matter', () => {
    const { article, diagnostics } = parseArticle({ file: 'u.md', bytes: encode('---\nurl: "javascript:alert(1)"\n---\nBody.\n') });
    expect(article?.meta.url.value).toBeNull();
    expect(diagnostics.find((d) => d.ruleId === 'front-matter-field-invalid')?.line).toBe(2);
  });
});

describe('parseArticle never throws on odd input', () => {
  const pseudoRandomBytes = (seed: number, length: number): Uint8Array => {
    let state = seed;
    return Uint8Array.from({ length }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % 256;
    });
  };
  it.each([
    ['unclosed front matter', encode('---\ntitle: x\nBody without a closing line\n')],
    ['only dashes', encode('---\n---\n')],
    ['only front matter', encode('---\ntitle: Lonely Title\n---\n')],
    ['one huge line', encode('word '.repeat(300_000))],
    ['many short title-case lines', encode('Alpha Beta Gamma Delta Epsilon Zeta Eta\n\n'.repeat(5_000))],
    ['markdown with only a rule', encode('***\n')],
    ['random bytes 1', pseudoRandomBytes(1, 5000)],
    ['random bytes 2', pseudoRandomBytes(2, 64)],
    ['lone surrogate in UTF-16', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])],
  ])('%s', (_name, bytes) => {
    for (const file of ['odd.txt', 'odd.md']) {
      const started = performance.now();
      const { article, diagnostics } = parseArticle({ file, bytes });
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(Array.isArray(diagnostics)).toBe(true);
      if (!article) {
        expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
        continue;
      }
      let previousEnd = -2;
      for (const p of article.paragraphs) {
        expect(p.start).toBe(previousEnd + 2);
        expect(p.end).toBeGreaterThan(p.start);
        expect(p.end).toBeLessThanOrEqual(article.text.length);
        previousEnd = p.end;
      }
      expect(article.paragraphLines).toHaveLength(article.paragraphs.length);
    }
  });
});
