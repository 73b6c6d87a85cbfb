/**
 * Splits a sentence's tokens into clauses: at clause punctuation (, ; : dashes, brackets,
 * quotation marks) and before subordinators and relative pronouns. Coarse on purpose: clauses
 * only bound where modality words and participants are looked for.
 */
import type { Token } from '../nlp.ts';

const CLAUSE_OPENERS = new Set([
  'which', 'who', 'whom', 'whose', 'while', 'when', 'whereas', 'after', 'before', 'because', 'although', 'though',
  'but', 'if', 'unless', 'until', 'where', 'whether', 'that',
]);

/** Openers of a clause that depends on another ("…, which …", "after …"); "but" joins two main clauses. */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([...CLAUSE_OPENERS].filter((w) => w !== 'but'));

/** For each token, the index of the first token of its clause. */
export function clauseStarts(tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const opens = CLAUSE_OPENERS.has(t.normal) && !(t.normal === 'that' && t.tags.includes('Determiner') && isNounAhead(tokens, i));
    if (i > 0 && (opens || (prev !== undefined && /[,;:()—–"“”]|\s-\s/.test(prev.post + t.pre)))) start = i;
    starts.push(start);
  });
  return starts;
}

/** "that group said": a demonstrative before a noun, not the complementiser. */
function isNounAhead(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.tags.includes('Noun') && !next.tags.includes('Pronoun');
}

/** Index one past the last token of the clause that contains token `i`. */
export function clauseEnd(starts: readonly number[], i: number): number {
  let j = i + 1;
  while (j < starts.length && starts[j] === starts[i]) j++;
  return j;
}

/** Subordinators that open an adverbial clause before the main one ("After talks failed, …"). */
const SUBORDINATORS = new Set(['while', 'when', 'whereas', 'after', 'before', 'because', 'although', 'though', 'if', 'unless', 'until', 'once', 'as', 'since']);

/**
 * First token after the sentence's leading introductory clauses: comma-closed phrases that
 * hold no subject ("Further south,", "Meanwhile,", "On Saturday,", "In Lima,", "After talks
 * failed,"). `holdsSubject(from, to)` says whether a span has a bare noun phrase. 0 when the
 * sentence opens with its subject.
 */
export function afterIntroduction(tokens: readonly Token[], starts: readonly number[], holdsSubject: (from: number, to: number) => boolean): number {
  let s = 0;
  while (s < tokens.length) {
    const end = clauseEnd(starts, s);
    if (end >= tokens.length || !tokens[end - 1]!.post.includes(',')) return s;
    const first = tokens[s]!;
    // "Further south,", "Even so,": an adverb and at most one more word, whatever compromise tags the second.
    const intro = SUBORDINATORS.has(first.normal) || (first.tags.includes('Adverb') && end - s <= 2) || !holdsSubject(s, end);
    if (!intro) return s;
    s = end;
  }
  return 0;
}
