import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/ingest/parse-dateline.ts';

describe('parseDateline', () => {
  it.each([
    ['02 February, 2024', '2024-02-02', false],
    ['February 26, 2021', '2021-02-26', false],
    ['Published: 2 Feb 2024', '2024-02-02', false],
    ['Published on Feb. 2, 2024 at 10:32 a.m. ET', '2024-02-02', false],
    ['Updated: Mon 5 Feb 2024, 10:32 GMT+3', '2024-02-05', true],
    ['Last updated 2023-11-07 09:15 UTC', '2023-11-07', true],
    ['Wednesday 14 June 2023 18:45 BST', '2023-06-14', false],
    ['(March 3, 2022)', '2022-03-03', false],
    ['2024-02-02T10:00:00Z', '2024-02-02', false],
    ['Published 7:05pm, 3 March 2022 | Updated 8pm', '2022-03-03', false],
  ])('%s → %s (updated: %s)', (line, value, updated) => {
    expect(parseDateline(line)).toMatchObject({ value, updated });
  });
});

describe('parseDateline false positives', () => {
  it.each([
    ['The talks began on 2 February 2024 in a hotel near the airport.'],
    ['May 5, 2023 was the day the bridge fell.'],
    ['Officials said on March 3, 2022 that the border would stay shut'],
    ['The plan may be approved by 2025.'],
    ['Published: next week'],
    ['Updated guidance was issued on Tuesday.'],
  ])('%s → null', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});
