import { expect, test } from 'vitest';
import { readableSize, utf8Bytes } from '../../../src/site/exports/readable-size.ts';

test.each<[number, string]>([
  [0, '0 bytes'],
  [1, '1 byte'],
  [999, '999 bytes'],
  [1000, '1.0 kB'],
  [12_345, '12.3 kB'],
  [999_949, '999.9 kB'],
  [999_950, '1.0 MB'],
  [693_012, '693.0 kB'],
  [2_500_000, '2.5 MB'],
])('%i bytes → %s', (bytes, expected) => {
  expect(readableSize(bytes)).toBe(expected.replace(' ', '\u00a0'));
});

test.each<[string, number]>([
  ['', 0],
  ['abc', 3],
  ['é', 2],
  ['’', 3],
  ['🇶🇦', 8],
  ['a\r\n', 3],
])('utf8Bytes(%j) = %i', (text, bytes) => {
  expect(utf8Bytes(text)).toBe(bytes);
});
