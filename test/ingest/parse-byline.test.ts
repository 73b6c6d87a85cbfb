import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/ingest/parse-byline.ts';

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe', ''],
    ['BY JANE DOE', 'JANE DOE', ''],
    ['By Jane Doe and Ali Khan', 'Jane Doe and Ali Khan', ''],
    ['By Jane Doe, Ali Khan and Mei Lin', 'Jane Doe, Ali Khan and Mei Lin', ''],
    ['By Jane Doe | 2 Feb 2024', 'Jane Doe', '2 Feb 2024'],
    ['Posted by Night Desk Editor on Feb 8th 2024', null, null],
    ['Posted by Quill Writer on Feb 8th 2024', 'Quill Writer', 'Feb 8th 2024'],
    ['Written by J. R. Smith, Staff Writer', 'J. R. Smith', 'Staff Writer'],
    ['By Omar al-Rashid in Cairo', 'Omar al-Rashid', 'Cairo'],
    ['By Wireservice', 'Wireservice', ''],
    ['By: Lena van der Berg', 'Lena van der Berg', ''],
    ['By Jane Doe and John Roe, Wirenet', 'Jane Doe and John Roe', 'Wirenet'],
  ])('%s → %s', (line, author, rest) => {
    const byline = parseByline(line);
    if (author === null) expect(byline).toBeNull();
    else expect(byline).toEqual({ author, rest });
  });
});

describe('parseByline false positives', () => {
  it.each([
    ['By Friday, the troops had left the valley.'],
    ['By then it was too late.'],
    ['By the time rescuers arrived, the fire had spread.'],
    ['By Jane’s account, the meeting was tense.'],
    ['By March the river had flooded.'],
    ['"We will not give up," she said.'],
    ['Bypass Road Closed'],
    ['By Jane Doe, who has covered the region for years and knows it well, said more.'],
  ])('%s → null', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});
