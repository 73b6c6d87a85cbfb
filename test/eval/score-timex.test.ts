import { describe, expect, it } from 'vitest';
import { parseTimexDocuments, scoreTimex, type Timex, type TimexDocument } from '../../src/eval/score-timex.ts';

const text = 'Rebels attacked the port on Monday and held it for three days.';
const at = (words: string, type: Timex['type'], value: string): Timex => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, type, value };
};
const doc: TimexDocument = { id: 'd', dct: '2024-03-08', text, timexes: [at('Monday', 'DATE', '2024-03-04'), at('three days', 'DURATION', 'P3D')] };

describe('scoreTimex (TempEval-3 style)', () => {
  it('counts a perfect answer as 1 on every measure', () => {
    const s = scoreTimex([doc], new Map([['d', doc.timexes]]));
    expect([s.strict.f1, s.relaxed.f1, s.value.f1, s.type.f1]).toEqual([1, 1, 1, 1]);
  });

  it('relaxed spans overlap; strict ones must be equal; a wrong value counts only against value', () => {
    const s = scoreTimex([doc], new Map([['d', [at('on Monday', 'DATE', '2024-03-11'), at('three days', 'DURATION', 'P3D')]]]));
    expect(s.relaxed.tp).toBe(2);
    expect(s.strict.tp).toBe(1);
    expect(s.value).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.type.tp).toBe(2);
    expect(s.errors).toEqual(["d: 'Monday' is 2024-03-04, we say 'on Monday' 2024-03-11"]);
  });

  it('counts spurious and missed expressions, pairing each gold span once', () => {
    const s = scoreTimex([doc], new Map([['d', [at('Monday', 'DATE', '2024-03-04'), at('Mon', 'DATE', '2024-03-04'), at('port', 'DATE', '2024')]]]));
    expect(s.relaxed).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.errors.filter((e) => e.includes('spurious'))).toHaveLength(2);
    expect(s.errors.some((e) => e.includes("missed 'three days'"))).toBe(true);
  });

  it('parses JSONL and names the line of a malformed document', () => {
    expect(parseTimexDocuments(`${JSON.stringify(doc)}\n\n`, 'f.jsonl')).toHaveLength(1);
    expect(() => parseTimexDocuments('{"id": "x", "text": "t"}', 'f.jsonl')).toThrow('f.jsonl:1');
  });
});
