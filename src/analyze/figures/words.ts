/**
 * A small word splitter for the figures pass: numbers stay whole ("2,500", "2.3", "135-day",
 * "two-thirds"), and every word keeps its offsets. Independent of compromise's tokenisation,
 * which splits and merges numbers in ways that change between versions.
 */
import type { Span } from '../../model.ts';

export interface Word extends Span {
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
}

const WORD = /(?:[A-Za-z]\.){2,}|\d[\d,]*(?:\.\d+)?(?:[-–][A-Za-z]+(?:-[A-Za-z]+)*|[A-Za-z%]+)?|[A-Za-z]+(?:[-'’.][A-Za-z]+)*|[$£€~%]|[^\sA-Za-z\d]/g;

export function splitWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    let raw = m[0];
    // "2,500," keeps its number; a trailing comma is punctuation.
    if (/^\d/.test(raw) && raw.endsWith(',')) raw = raw.replace(/,+$/, '');
    const at = start + (m.index ?? 0);
    words.push({ text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), start: at, end: at + raw.length });
    const rest = m[0].slice(raw.length);
    if (rest) words.push({ text: rest[0]!, lower: rest[0]!, start: at + raw.length, end: at + raw.length + 1 });
  }
  return words;
}
