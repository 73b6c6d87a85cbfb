/**
 * How strongly two event reports point at one real event. Evidence adds up: the same count of the
 * same thing (3 killed and 3 killed) is strong; a shared actor in the same role counts one, in a
 * different role or only in the sentence a half (roles are often missed or swapped by the
 * extractor); actors that take part in a large share of all events ("United States" in a story
 * about US strikes) count half as much. A dated pair must have compatible dates, and a pair whose
 * roles are reversed (A's agent is B's target) are two events (a strike and the retaliation).
 * Negotiations are processes, seldom dated: an undated pair of them needs only the dated evidence.
 */
import type { EntityId, Figure } from '../../model.ts';
import { impliedRange } from './implied-range.ts';
import { datesCompatible } from './compatible-dates.ts';
import { sameFamily } from './event-family.ts';
import type { ReportFeatures } from './report-features.ts';
import { sameTally } from './tally-similarity.ts';

/** Minimum evidence for two dated reports to be one event. */
export const SAME_EVENT = 2;
/** …and when either is undated: with no date to rule a match out, it takes more evidence. */
export const SAME_EVENT_UNDATED = 3;

const FINE: ReadonlySet<string> = new Set(['day', 'week']);
/** Event types that are processes rather than incidents. */
const PROCESS_TYPES: ReadonlySet<string> = new Set(['negotiation']);

/**
 * The evidence a pair needs. Dates rule out a wrong match only when both are fine (a day or a
 * week) or equally coarse: a month contains every day in it, so a "since October" tally and an
 * "October 7" attack need as much evidence as undated reports.
 */
export function threshold(a: ReportFeatures, b: ReportFeatures): number {
  // Talks run for weeks and are seldom dated: an undated report of them is the norm, not a gap.
  if (PROCESS_TYPES.has(a.mention.type) && PROCESS_TYPES.has(b.mention.type) && datesAllow(a, b)) return SAME_EVENT;
  if (!a.date || !b.date) return SAME_EVENT_UNDATED;
  const comparable = (FINE.has(a.date.precision) && FINE.has(b.date.precision)) || a.date.precision === b.date.precision;
  return comparable ? SAME_EVENT : SAME_EVENT_UNDATED;
}

/** Units whose counts are evidence; a shared "two" of anything else is not. */
const COUNTED_UNITS = new Set(['killed', 'wounded', 'hostages', 'targets', 'munitions', 'attacks', 'troops']);
/** Counts of people killed, wounded or held are specific to an incident even when small. */
const CASUALTY_UNITS = new Set(['killed', 'wounded', 'hostages']);

export function figureKey(f: { readonly unit: string; readonly value: number | null }): string | null {
  return f.value !== null && COUNTED_UNITS.has(f.unit) ? `${f.unit}:${f.value}` : null;
}

/**
 * Whether two figures can count the same thing: same unit, and the ranges their hedges imply
 * overlap ("more than 160" and "at least 165" can be one number; "34" and "more than 40" cannot).
 * Open-ended hedges are bounded at half as much again: "more than 10" is not "500".
 */
export function countsCompatible(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit || figureKey(a) === null || figureKey(b) === null) return false;
  const [ra, rb] = [impliedRange(a.value as number, a.qualifier, 1.5), impliedRange(b.value as number, b.qualifier, 1.5)];
  return ra[0] <= rb[1] && rb[0] <= ra[1];
}

/** Evidence from the best pair of compatible counts: 2 for casualties or counts of ten or more, else 1. */
function countEvidence(a: readonly Figure[], b: readonly Figure[]): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      if (!countsCompatible(x, y)) continue;
      best = Math.max(best, CASUALTY_UNITS.has(x.unit) || (x.value as number) >= 10 ? 2 : 1);
    }
  }
  return best;
}

export function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** A's agents among B's targets (or the reverse) with no agent in common: one side hit back at the other. */
/** Casualty counts this far apart (1,200 vs 27,000 killed) are tolls of different events, not a discrepancy. */
const TOLL_RATIO = 3;

export function countsConflict(a: readonly Figure[], b: readonly Figure[]): boolean {
  return a.some((x) => b.some((y) => {
    if (x.unit !== y.unit || !CASUALTY_UNITS.has(x.unit) || !x.value || !y.value) return false;
    return Math.max(x.value, y.value) / Math.min(x.value, y.value) > TOLL_RATIO;
  }));
}

export function rolesReversed(a: ReportFeatures, b: ReportFeatures): boolean {
  if (intersects(a.agents, b.agents)) return false;
  const onlyAgent = (x: ReportFeatures, y: ReportFeatures): boolean => [...x.agents].some((id) => y.targets.has(id) && !x.targets.has(id));
  return onlyAgent(a, b) || onlyAgent(b, a);
}

export function datesAllow(a: ReportFeatures, b: ReportFeatures): boolean {
  return !a.date || !b.date || datesCompatible(a.date, b.date);
}

/**
 * Both reports say where, and neither sentence names the other's place: rockets "in Syria" and
 * strikes "in Yemen" on one day are two incidents. Counter-evidence, not a veto: which place lies
 * inside which ("Khan Younis", "Gaza") is not always known.
 */
function placesApart(a: ReportFeatures, b: ReportFeatures): boolean {
  if (a.places.size === 0 || b.places.size === 0) return false;
  return ![...a.places].some((id) => b.sentencePlaces.has(id)) && ![...b.places].some((id) => a.sentencePlaces.has(id));
}

export function reportSimilarity(a: ReportFeatures, b: ReportFeatures, common: (id: EntityId) => boolean): number {
  if (!sameFamily(a.mention.type, b.mention.type)) return 0;
  if (a.articleId === b.articleId && a.event === b.event) return 0;
  // Tallies (standing counts) may differ in number and have no roles to compare: their own rule
  // decides (tally-similarity.ts), with evidence enough for any pair when it holds.
  if (a.mention.type === 'tally') return sameTally(a, b) ? SAME_EVENT_UNDATED : 0;
  if (!datesAllow(a, b) || rolesReversed(a, b) || countsConflict(a.figureValues, b.figureValues)) return 0;
  const weight = (id: EntityId): number => (common(id) ? 0.5 : 1);
  let score = 0;
  score += countEvidence(a.figureValues, b.figureValues);
  const counted = new Set<EntityId>();
  for (const role of ['agents', 'targets', 'places'] as const) {
    for (const id of a[role]) if (b[role].has(id) && !counted.has(id)) (counted.add(id), (score += weight(id)));
  }
  // A place one report names as the event's and the other only in its sentence: still where it happened.
  for (const id of a.places) if (!counted.has(id) && b.sentencePlaces.has(id)) (counted.add(id), (score += weight(id) / 2));
  for (const id of b.places) if (!counted.has(id) && a.sentencePlaces.has(id)) (counted.add(id), (score += weight(id) / 2));
  const poolA = new Set([...a.agents, ...a.targets, ...a.places]);
  const poolB = new Set([...b.agents, ...b.targets, ...b.places]);
  for (const id of poolA) if (!counted.has(id) && (poolB.has(id) || b.sentenceActors.has(id))) (counted.add(id), (score += weight(id) / 2));
  for (const id of poolB) if (!counted.has(id) && a.sentenceActors.has(id)) (counted.add(id), (score += weight(id) / 2));
  // One sentence telling one incident from several sides ("were killed and 34 wounded in a drone strike").
  // Not a plan beside a deed ("strikes planned in response to the killing"): those are two events.
  if (a.articleId === b.articleId && a.mention.sentence === b.mention.sentence && a.planned === b.planned) score += 2;
  if (a.date && b.date && a.date.precision === 'day' && b.date.precision === 'day') score += a.date.value === b.date.value ? 1.5 : 0.5;
  if (placesApart(a, b)) score -= 1;
  return score;
}
