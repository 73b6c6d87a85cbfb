/**
 * When two tallies (standing counts) are one: they count the same thing in the same place: the
 * same unit (people vs troops), a place in common, and the same owner when both name one ("US
 * troops" and "Chilean troops" in one country are two counts). The number is not compared: two
 * outlets giving a place's population as 2.3 million and two million is the discrepancy to show.
 */
import type { ReportFeatures } from './report-features.ts';
import { datesAllow, intersects } from './report-similarity.ts';

/** The unit of the count the tally was made from (its own figure: attach-figures.ts). */
export function unitOf(r: ReportFeatures): string | null {
  return r.figureValues[0]?.unit ?? null;
}

/** For two reports of tallies, not one report twice (reportSimilarity checks both). */
export function sameTally(a: ReportFeatures, b: ReportFeatures): boolean {
  const unit = unitOf(a);
  if (unit === null || unit !== unitOf(b) || !intersects(a.places, b.places)) return false;
  if (a.agents.size > 0 && b.agents.size > 0 && !intersects(a.agents, b.agents)) return false;
  return datesAllow(a, b);
}
