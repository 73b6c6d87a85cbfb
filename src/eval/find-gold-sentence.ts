/**
 * Finds a gold sentence (verbatim in the source) in an article's normalised text, tolerating
 * differences in whitespace. Returns the span, or null.
 */
import type { Span } from '../model.ts';

export function findGoldSentence(text: string, sentence: string): Span | null {
  const exact = text.indexOf(sentence);
  if (exact >= 0) return { start: exact, end: exact + sentence.length };
  const words = sentence.normalize('NFC').trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
