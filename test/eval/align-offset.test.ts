import { describe, expect, it } from 'vitest';
import { alignOffset } from '../../src/eval/align-offset.ts';

describe('alignOffset', () => {
  const raw = 'Headline\n6 min read\n\nIt rained last week.   Then, last week  again, it snowed.';
  const body = 'It rained last week. Then, last week again, it snowed.';
  it.each([
    [raw.indexOf('last week'), 10],
    [raw.lastIndexOf('last week'), 27],
  ])('raw offset %i → body offset %i', (rawOffset, expected) => {
    expect(alignOffset(raw, rawOffset, 'last week', body)).toBe(expected);
    expect(body.slice(expected, expected + 9)).toBe('last week');
  });

  it('returns null when the phrase is not in the body', () => {
    expect(alignOffset(raw, 9, '6 min', body)).toBeNull();
  });
});
