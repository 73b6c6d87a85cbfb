/**
 * Minimal noun-phrase chunks over tokens, enough to name an event's participants: runs of
 * determiners, adjectives, numbers and nouns, never crossing clause punctuation, with one
 * "of" extension ("the commander of the militia"). Dates are not participants.
 */
import type { Token } from '../nlp.ts';

export interface Chunk {
  /** First and last token index, inclusive. */
  readonly first: number;
  readonly last: number;
}

const NP_TAGS = ['Noun', 'ProperNoun', 'Adjective', 'Determiner', 'Value', 'Acronym', 'Possessive'];
const NOT_NP_TAGS = ['Date', 'WeekDay', 'Month', 'Time', 'Conjunction', 'Preposition'];

/** Words that make a number approximate ("over 300", "around 35"). */
const APPROXIMATORS = new Set(['over', 'around', 'nearly', 'almost', 'about', 'some', 'roughly']);

/** Prepositions compromise sometimes tags as adjectives ("near", "against"). */
const PREPOSITION_WORDS = new Set(['near', 'against', 'around', 'inside', 'outside', 'across', 'amid', 'despite', 'like', 'toward', 'towards', 'over']);

export function isNpToken(t: Token): boolean {
  if (PREPOSITION_WORDS.has(t.normal)) return false;
  return NP_TAGS.some((tag) => t.tags.includes(tag)) && !NOT_NP_TAGS.some((tag) => t.tags.includes(tag)) && !isRelative(t);
}

function isRelative(t: Token): boolean {
  return t.normal === 'who' || t.normal === 'which' || t.normal === 'that' && !t.tags.includes('Determiner');
}

/** "militant camps in": a plural noun compromise read as a verb, since no object follows it. */
function isMistaggedPlural(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.tags.includes('PresentTense') && /s$/.test(t.normal)
    && (next === undefined || next.tags.includes('Preposition') || PREPOSITION_WORDS.has(next.normal) || /[,;:.]/.test(t.post));
}

/** "he", "they" stand alone; "their" opens a longer phrase. */
function isPersonalPronoun(t: Token): boolean {
  return t.tags.includes('Pronoun') && !t.tags.includes('Possessive');
}

/** A noun is needed for a chunk: "the" or "new" alone name nobody. */
function hasHead(tokens: readonly Token[], c: Chunk): boolean {
  for (let i = c.first; i <= c.last; i++) {
    const t = tokens[i]!;
    if (t.tags.includes('Noun') || t.tags.includes('ProperNoun') || t.tags.includes('Acronym')) return true;
  }
  return false;
}

const breaksAfter = (t: Token): boolean => /[,;:()—–"“”]/.test(t.post);

/** The chunk that starts at token `i` (skipping nothing), or null when no noun phrase starts there. */
export function chunkFrom(tokens: readonly Token[], i: number, limit = tokens.length): Chunk | null {
  const first = tokens[i];
  if (!first || i >= limit) return null;
  if (isPersonalPronoun(first)) return isRelative(first) ? null : { first: i, last: i };
  // "over 27,000 people": an approximator opens a counted phrase.
  if (APPROXIMATORS.has(first.normal) && tokens[i + 1]?.tags.includes('Value')) {
    const counted = chunkFrom(tokens, i + 1, limit);
    return counted ? { first: i, last: counted.last } : null;
  }
  if (!isNpToken(first)) return null;
  // "that the talks …", "that both sides …": the complementiser, not a demonstrative.
  if (first.normal === 'that' && ['Determiner', 'Value', 'Possessive'].some((tag) => tokens[i + 1]?.tags.includes(tag))) return null;
  let last = i;
  while (last + 1 < limit && !breaksAfter(tokens[last]!) && (isNpToken(tokens[last + 1]!) || isMistaggedPlural(tokens, last + 1)) && !isPersonalPronoun(tokens[last + 1]!)) last++;
  // "the commander of the militia": one "of" extension.
  if (tokens[last + 1]?.normal === 'of' && last + 2 < limit && !breaksAfter(tokens[last]!)) {
    const rest = chunkFrom(tokens, last + 2, limit);
    if (rest) last = rest.last;
  }
  const chunk = { first: i, last };
  return hasHead(tokens, chunk) ? chunk : null;
}

/** The chunk that ends at token `j`, extending leftwards (no "of" extension), or null. */
export function chunkEndingAt(tokens: readonly Token[], j: number, floor = 0): Chunk | null {
  const last = tokens[j];
  if (!last || j < floor) return null;
  if (isPersonalPronoun(last)) return isRelative(last) ? null : { first: j, last: j };
  if (!isNpToken(last)) return null;
  let first = j;
  while (first - 1 >= floor && isNpToken(tokens[first - 1]!) && !breaksAfter(tokens[first - 1]!) && !isPersonalPronoun(tokens[first - 1]!)) first--;
  // "their senior officers": a possessive pronoun opens the phrase.
  if (first - 1 >= floor && tokens[first - 1]!.tags.includes('Possessive') && !breaksAfter(tokens[first - 1]!)) first--;
  // "Iran's Revolutionary Guards" keeps the possessor; "the Hamas-run ministry" its modifiers.
  const chunk = { first, last: j };
  return hasHead(tokens, chunk) ? chunk : null;
}

/** "Freedonian and Atlantian forces": a chunk with the one coordinated after "and" / "or". */
export function withConjunct(tokens: readonly Token[], c: Chunk | null, limit = tokens.length): Chunk | null {
  if (!c || breaksAfter(tokens[c.last]!)) return c;
  const conj = tokens[c.last + 1]?.normal;
  if (conj !== 'and' && conj !== 'or') return c;
  const next = chunkFrom(tokens, c.last + 2, limit);
  return next ? { first: c.first, last: next.last } : c;
}
