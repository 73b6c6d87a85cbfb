/**
 * What `npm run eval` measured for this version, for the method page: development data (the
 * five seed articles with hand-checked answers, and sentences we wrote and labelled ourselves)
 * and held-out texts labelled by someone who had not seen the rules, never tuned to. The
 * end-to-end test recomputes these and fails if the analysis scores below them, so the page
 * never overstates.
 */
export interface AccuracyFigure {
  /** Stable key the end-to-end test recomputes. */
  readonly key: string;
  readonly label: string;
  /** A fraction from 0 to 1. */
  readonly value: number;
  /** What it was measured on. */
  readonly on: 'seed gold' | 'our labelled sentences' | 'held-out texts';
}

export const MEASURED_ACCURACY: readonly AccuracyFigure[] = [
  { key: 'entities-f1', label: 'Names found with the right type (F1)', value: 0.9755, on: 'seed gold' },
  { key: 'actors-complete', label: 'Real-world actors that became one page, right type, every alias merged', value: 0.953, on: 'seed gold' },
  { key: 'actors-spurious', label: 'Actor pages that are not a real actor (lower is better)', value: 0.0141, on: 'seed gold' },
  { key: 'times-relaxed-f1', label: 'Time expressions found (overlapping span, F1)', value: 0.938, on: 'seed gold' },
  { key: 'times-value', label: 'Time expressions found with the right value', value: 0.913, on: 'seed gold' },
  { key: 'published', label: 'Publication dates right (stated or inferred)', value: 1, on: 'seed gold' },
  { key: 'events-recall', label: 'Events found with the right type in the right sentence', value: 0.929, on: 'seed gold' },
  { key: 'quotes-speaker', label: 'Quotes attributed to the right speaker', value: 0.945, on: 'seed gold' },
  { key: 'figures-recall', label: 'Numeric claims found with value and unit', value: 0.941, on: 'seed gold' },
  { key: 'events-grouped', label: 'Events reported by several articles grouped on one page', value: 1, on: 'seed gold' },
  { key: 'discrepancies-surfaced', label: 'Disagreements between sources flagged', value: 0.8888, on: 'seed gold' },
  { key: 'names-span-f1', label: 'Names found with exact span and type (F1)', value: 0.9658, on: 'our labelled sentences' },
  { key: 'heldout-names-f1', label: 'Names found with exact span and type (F1)', value: 0.8839, on: 'held-out texts' },
  { key: 'heldout-times-relaxed-f1', label: 'Time expressions found (overlapping span, F1)', value: 0.9795, on: 'held-out texts' },
  { key: 'heldout-times-value-f1', label: 'Time expressions found with the right value (F1)', value: 0.8888, on: 'held-out texts' },
];

/** Known limits, in plain words, shown beside the figures. */
export const KNOWN_LIMITS: readonly string[] = [
  'Most figures come from development data the rules were written against; the held-out texts are the better guide, and on other news expect lower numbers still, especially for names.',
  'Organisations named by one unknown word at the start of a sentence are often missed.',
  'No world knowledge: a capital city standing for its government is not merged with the country, and nicknames of institutions are not resolved.',
  'Event participants come from phrase chunks and can be wrong when a word is mis-tagged; event titles are generated mechanically.',
  'Relative dates in an article with no date stay unresolved unless the corpus dates the article; times of day follow TimeML (Friday night = TNI).',
  'English only.',
];
