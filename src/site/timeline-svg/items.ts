/**
 * What the visual timeline draws: plain values, no site context, so the SVG is a pure function of
 * them. Dates are ISO calendar days; the filter keys match the list items' data-* attributes.
 */

/** Something with a place on the calendar and the keys the page's filters read. */
export interface DatedItem {
  /** Stable tie-breaker (an event slug, or an article id and time index). */
  readonly key: string;
  /** Tooltip text (plain; escaped when written). */
  readonly title: string;
  /** First and last day covered, ISO YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
  /** Actor slugs, as the list's data-actors. */
  readonly actors: readonly string[];
  /** The list's data-month / data-year ("" when not applicable). */
  readonly month: string;
  readonly year: string;
  /** Fragment id of the list heading the item is filed under ("m-2024-02"), and its text. */
  readonly anchor: string;
  readonly heading: string;
}

/** An event: a mark linking to its page, coloured by family, sized by reports. */
export interface EventMark extends DatedItem {
  readonly href: string;
  /** EventType ("attack"); the type filter's value. */
  readonly type: string;
  /** Number of reports; drives the mark's size. */
  readonly weight: number;
}

export type Zoom = 'year' | 'month' | 'day';

export const ZOOMS: readonly Zoom[] = ['year', 'month', 'day'];

export const ZOOM_LABELS: Readonly<Record<Zoom, string>> = { year: 'Year', month: 'Month', day: 'Day' };
