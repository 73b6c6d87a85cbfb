/**
 * The noun a number counts: the head of the noun phrase right after it ("more than 160 rocket
 * and drone attacks" → attacks; "three Iranian-made drones" → drones), skipping modifiers.
 */
import type { FigureUnit } from '../../model.ts';
import { isPeoplePlural, unitOfNoun } from './units.ts';
import type { Word } from './words.ts';

export interface CountedNoun {
  /** Index of the noun word. */
  readonly index: number;
  readonly unit: FigureUnit;
}

/** Words that end a noun phrase: prepositions, verbs of being, pronouns, conjunctions. */
const STOP = new Set([
  'in', 'on', 'at', 'to', 'from', 'by', 'of', 'for', 'with', 'into', 'near', 'across', 'since', 'during', 'after',
  'before', 'over', 'under', 'than', 'as', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'that',
  'which', 'who', 'whom', 'whose', 'the', 'a', 'an', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'them', 'but',
  'or', 'nor', 'so', 'if', 'when', 'while', 'where', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our',
  'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'not', 'no', 'ago', 'later', 'earlier',
]);
const MAX_WORDS = 6;

export function countedNoun(words: readonly Word[], from: number): CountedNoun | null {
  let found: CountedNoun | null = null;
  for (let k = from; k < words.length && k < from + MAX_WORDS; k++) {
    const w = words[k]!;
    if (/^[^A-Za-z\d]$/.test(w.text)) break;
    if (w.lower === 'and') {
      // "rocket and drone attacks": go on only when the phrase goes on with a noun.
      if (STOP.has(words[k + 1]?.lower ?? 'the') || /^\d/.test(words[k + 1]?.text ?? '')) break;
      continue;
    }
    if (STOP.has(w.lower)) break;
    const unit = unitOfNoun(w.lower) ?? (isPeoplePlural(w.text) ? 'people' : null);
    if (unit) found = { index: k, unit };
    else if (found) break;
  }
  if (found) return found;
  // Any plain plural right after the number counts: "200,000 signatures".
  const next = words[from];
  if (next && /^[a-z]{3,}s$/.test(next.text) && !/ss$/.test(next.text) && !STOP.has(next.lower)) return { index: from, unit: 'count' };
  return null;
}
