import { describe, expect, it } from 'vitest';
import { parseSpanDocuments, scoreSpans, type LabelledSpan, type SpanDocument } from '../../src/eval/score-spans.ts';

const doc: SpanDocument = {
  id: 'd1',
  text: 'Ana Ruiz of Acme Corp flew to Lima with Peruvian aides.',
  entities: [
    { start: 0, end: 8, type: 'person' },
    { start: 12, end: 21, type: 'organization' },
    { start: 30, end: 34, type: 'place' },
    { start: 40, end: 48, type: 'group' },
  ],
};

describe('scoreSpans', () => {
  const table: Array<[string, LabelledSpan[], { tp: number; fp: number; fn: number }]> = [
    ['all right', [{ start: 0, end: 8, type: 'person' }, { start: 12, end: 21, type: 'organization' }, { start: 30, end: 34, type: 'place' }], { tp: 3, fp: 0, fn: 0 }],
    ['a boundary error is one fp and one fn', [{ start: 0, end: 3, type: 'person' }, { start: 12, end: 21, type: 'organization' }, { start: 30, end: 34, type: 'place' }], { tp: 2, fp: 1, fn: 1 }],
    ['a type error is one fp and one fn', [{ start: 0, end: 8, type: 'organization' }, { start: 12, end: 21, type: 'organization' }, { start: 30, end: 34, type: 'place' }], { tp: 2, fp: 1, fn: 1 }],
    // Group spans are left out on both sides.
    ['groups are not scored', [{ start: 40, end: 48, type: 'group' }], { tp: 0, fp: 0, fn: 3 }],
    ['nothing found', [], { tp: 0, fp: 0, fn: 3 }],
  ];
  it.each(table)('%s', (_label, predicted, expected) => {
    const { byType } = scoreSpans([doc], new Map([['d1', predicted]]));
    expect(byType.all).toMatchObject(expected);
  });

  it('scores each type apart and lists the errors with their text', () => {
    const score = scoreSpans([doc], new Map([['d1', [{ start: 0, end: 3, type: 'person' } as LabelledSpan]]]));
    expect(score.byType.person).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(score.byType.place).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(score.errors).toContain("d1: spurious 'Ana' (person)");
    expect(score.errors).toContain("d1: missed 'Lima' (place)");
  });
});

describe('parseSpanDocuments', () => {
  it('reads one document per non-empty line', () => {
    const docs = parseSpanDocuments(`${JSON.stringify(doc)}\n\n${JSON.stringify({ ...doc, id: 'd2' })}\n`, 'f.jsonl');
    expect(docs.map((d) => d.id)).toEqual(['d1', 'd2']);
  });
  it('names the file and line of a malformed document', () => {
    expect(() => parseSpanDocuments('{"id":"x"}', 'f.jsonl')).toThrow('f.jsonl:1');
  });
});

describe('ner-dev fixture', () => {
  it('labels spans that lie inside their text', async () => {
    const { readFile } = await import('node:fs/promises');
    const raw = await readFile(new URL('../fixtures/ner-dev/news-dev.jsonl', import.meta.url), 'utf8');
    const docs = parseSpanDocuments(raw, 'news-dev.jsonl');
    expect(docs.length).toBeGreaterThanOrEqual(40);
    for (const d of docs) {
      for (const e of d.entities) {
        const surface = d.text.slice(e.start, e.end);
        expect(surface.trim()).toBe(surface);
        expect(surface.length).toBeGreaterThan(0);
      }
    }
  });
});
