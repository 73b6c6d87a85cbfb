/**
 * Which heading a timeline item is filed under, and the keys the month filter reads. Items within
 * a month go under that month; items coarser than a month (a quarter, a year, a decade) get a
 * heading of their own ("Across 2024") instead of being filed under the month they happen to start in.
 */
import type { Precision, TimelineItem } from '../model.ts';
import { readableDate } from './readable-date.ts';

const WITHIN_A_MONTH: ReadonlySet<Precision> = new Set(['time', 'day', 'week', 'month']);

export interface TimelinePeriod {
  /** Heading text: "February 2024", "Across 2024", "2020–2029". */
  readonly label: string;
  /** Fragment id of the heading: "m-2024-02", "y-2024", "y-2020-2029". */
  readonly anchor: string;
  /** The month filter's value for the heading: "2024-02", "2024", "2020-2029". */
  readonly key: string;
  /** "2024-02" for items within a month, else "". */
  readonly month: string;
  /** The years of a coarser item's heading ("2024", "2020-2029"), else "". */
  readonly year: string;
}

export function periodOf(item: Pick<TimelineItem, 'precision' | 'from' | 'to'>): TimelinePeriod {
  if (WITHIN_A_MONTH.has(item.precision)) {
    const month = item.from.slice(0, 7);
    return { label: readableDate(month), anchor: `m-${month}`, key: month, month, year: '' };
  }
  const fromYear = item.from.slice(0, 4);
  const toYear = item.to.slice(0, 4);
  const years = fromYear === toYear ? fromYear : `${fromYear}-${toYear}`;
  const label = fromYear === toYear ? `Across ${fromYear}` : `${fromYear}–${toYear}`;
  return { label, anchor: `y-${years}`, key: years, month: '', year: years };
}
