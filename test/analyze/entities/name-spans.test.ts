import { describe, expect, it } from 'vitest';
import { nameSpans } from '../../../src/analyze/entities/name-spans.ts';
import type { Mention } from '../../../src/model.ts';

const base = { sentence: 0, evidence: [] as string[] };

describe('nameSpans', () => {
  const table: Array<[string, Mention, { start: number; end: number; type: string }]> = [
    ['a plain name keeps its span', { ...base, start: 0, end: 4, text: 'Lima', name: 'Lima', type: 'place' }, { start: 0, end: 4, type: 'place' }],
    [
      'a description reports its core name',
      { ...base, start: 0, end: 9, text: 'US forces', name: 'US forces', type: 'organization', core: { start: 0, end: 2, type: 'place' } },
      { start: 0, end: 2, type: 'place' },
    ],
  ];
  it.each(table)('%s', (_label, mention, expected) => {
    expect(nameSpans([mention])).toEqual([expected]);
  });
});
