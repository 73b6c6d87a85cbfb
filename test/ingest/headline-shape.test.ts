import { describe, expect, it } from 'vitest';
import { headlineShape, titleCaseRatio } from '../../src/ingest/headline-shape.ts';

describe('headlineShape', () => {
  it.each([
    ['Floods Force Thousands From Their Homes'],
    ['Council approves budget after long night of talks'],
    ['Is the ceasefire already over?'],
    ['Ports Reopen. Prices Fall. (Wire)'],
    ['“We will rebuild,” mayor vows after storm'],
    ['2024 election: what to watch'],
  ])('%s looks like a headline', (line) => {
    expect(headlineShape(line)).toBe(true);
  });
});

describe('headlineShape false positives', () => {
  it.each([
    ['Now things are getting worse.'], // short sentence with a full stop
    ['The minister said the plan would be ready next week.'],
    ['and then the lights went out'], // lower-case start
    ['Single'],
    ['The results were as follows:'],
    [`${'word '.repeat(35)}end`],
  ])('%s is not a headline', (line) => {
    expect(headlineShape(line)).toBe(false);
  });

  it('measures title case without counting short function words', () => {
    expect(titleCaseRatio('Ports Reopen as Prices Fall')).toBe(1);
    expect(titleCaseRatio('ports reopen')).toBe(0);
  });
});
