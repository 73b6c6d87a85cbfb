import { describe, expect, it } from 'vitest';
import { findOutlet } from '../../src/ingest/find-outlet.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('findOutlet', () => {
  it.each([
    [['A spokesman told The Daily Planet that talks had stalled.'], 'The Daily Planet', 1],
    [['Asked by reporters, he declined.', 'When questioned by The Morning Star, the envoy said no.'], 'The Morning Star', 2],
    [['An official told The Valley Times’s Spanish-language sister site that the vote was close.'], 'The Valley Times', 1],
    [['Rain fell.', 'Other reports by Hilltop Weekly'], 'Hilltop Weekly', 2],
    [['Rain fell.', '© 2022 Harbour Press Ltd. All rights reserved.'], 'Harbour Press Ltd', 2],
    [['LISBON (Wirenews) - Rain fell across the capital on Monday.'], 'Wirenews', 1],
    [['Rain Floods Capital', '', 'LISBON, March 3 (Wirenews) — Rain fell on Monday.'], 'Wirenews', 3],
    [['Documents seen by The Ledger show the plan.', 'A source told The Courier.', 'Another source told The Ledger.'], 'The Ledger', 1],
    [['This article was originally published in The Quarterly Review.'], 'The Quarterly Review', 1],
  ])('%j → %s', (texts, name, line) => {
    const field = findOutlet(lines(...texts));
    expect(field).toMatchObject({ value: name, basis: 'inferred', line });
    expect(field.note).toBeTruthy();
  });
});

describe('findOutlet false positives', () => {
  it.each([
    [['Four officials told Reuters the drone was launched at night.']], // a wire quoted, not the outlet
    [['The mayor told reporters the road would reopen.']],
    [['He told the committee that funds were short.']],
    [['Ports Reopen As Prices Fall (Wire)']], // headline suffix is not a cue
    [['Photo by Ana Lima for The Gazette']], // photo credit in a repost
    [['She told The']],
  ])('%j → unknown', (texts) => {
    expect(findOutlet(lines(...texts))).toEqual({ value: null, basis: 'unknown' });
  });
});
