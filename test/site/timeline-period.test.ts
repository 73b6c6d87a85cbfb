/** Which heading a timeline item goes under and the month filter's keys. */
import { expect, test } from 'vitest';
import type { TimelineItem } from '../../src/model.ts';
import { periodOf } from '../../src/site/timeline-period.ts';

test.each<[TimelineItem['precision'], string, string, string, string, string, string]>([
  // precision, from, to → label, anchor, month, year
  ['time', '2024-02-02', '2024-02-02', 'February 2024', 'm-2024-02', '2024-02', ''],
  ['day', '2023-12-31', '2023-12-31', 'December 2023', 'm-2023-12', '2023-12', ''],
  // A week across two months (and two years) stays with the month it starts in.
  ['week', '2023-12-25', '2024-01-07', 'December 2023', 'm-2023-12', '2023-12', ''],
  ['month', '2024-03-01', '2024-03-31', 'March 2024', 'm-2024-03', '2024-03', ''],
  // Coarser than a month: never filed under the month it happens to start in.
  ['quarter', '2024-01-01', '2024-03-31', 'Across 2024', 'y-2024', '', '2024'],
  ['season', '2023-12-01', '2024-02-29', '2023–2024', 'y-2023-2024', '', '2023-2024'],
  ['year', '2024-01-01', '2024-12-31', 'Across 2024', 'y-2024', '', '2024'],
  ['decade', '2020-01-01', '2029-12-31', '2020–2029', 'y-2020-2029', '', '2020-2029'],
])('%s %s..%s → %s', (precision, from, to, label, anchor, month, year) => {
  const period = periodOf({ precision, from, to });
  expect(period).toEqual({ label, anchor, key: month || year, month, year });
});
