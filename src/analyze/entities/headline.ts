/**
 * Recognises headline-like text (Title Case or ALL CAPS), where capitalisation says nothing
 * about names, so mention finding must rely on gazetteers and names known from the body.
 */
import type { Token } from '../nlp.ts';

/** Short words a Title Case headline may leave in lower case. */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'as', 'from', 'into', 'over', 'vs', 'via', 'per', 'up', 'off', 'is', 'are', 'be',
]);

/**
 * True when most words are capitalised (≥ 3 words, ≥ 75 % of the major ones, counting
 * at least one that is not a proper noun) or the text is shouted in capitals.
 */
export function isHeadlineLike(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 2) return false;
  const letters = words.map((t) => t.text).join('');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  if (letters.length >= 6 && upper > 0 && lower / letters.length < 0.1) return true;
  if (words.length < 3) return false;
  const major = words.filter((t) => !MINOR_WORDS.has(t.text.toLowerCase()));
  if (major.length < 3) return false;
  const capitalised = major.filter((t) => /^\p{Lu}/u.test(t.text));
  // Capitalised verbs and common nouns give a Title Case headline away.
  const commonCapitalised = capitalised.filter(
    (t) => !t.tags.includes('ProperNoun') && (t.tags.includes('Verb') || t.tags.includes('Adjective') || t.tags.includes('Noun')),
  );
  const verbOrAdjective = commonCapitalised.some((t) => t.tags.includes('Verb') || t.tags.includes('Adjective'));
  // Title Case leaves at most one major word in lower case; running prose leaves several.
  const lowerMajor = major.length - capitalised.length;
  // A line of four or more major words, all but one capitalised, with no closing full stop is a
  // headline even when compromise reads every capitalised word as a proper noun.
  const closed = /[.!?]["”’']?\s*$/.test(tokens.at(-1)?.post ?? '');
  if (!closed && major.length >= 4 && lowerMajor <= 1 && capitalised.length / major.length >= 0.8) return true;
  return major.length >= 4 && lowerMajor <= 1 && capitalised.length / major.length >= 0.8 && commonCapitalised.length >= 2 && verbOrAdjective;
}

/** True when every letter of the token is a capital (an acronym or shouting). */
export function isAllCaps(tokens: readonly Token[]): boolean {
  const letters = tokens.map((t) => t.text).join('');
  return /\p{Lu}/u.test(letters) && !/\p{Ll}/u.test(letters);
}
