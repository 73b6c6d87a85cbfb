/**
 * Tense of the clause a time expression sits in. The sentence tense from the parser is the
 * first main verb's, but "X said on Thursday that it will strike next week" needs the verb
 * nearest to each expression, within its clause.
 */
import type { Token } from '../nlp.ts';
import type { ClauseTense } from './resolve.ts';

/** Words that open a new clause; the verb of another clause should not decide the tense. */
const CLAUSE_OPENERS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'but', 'although',
  'though', 'where', 'if', 'unless', 'whereas',
]);

const FUTURE_MODALS = new Set(['will', "'ll", 'shall', 'wo']);
/** Modals of possibility say little about when: the nearest occurrence is the safer reading. */
const OPEN_MODALS = new Set(['would', 'could', 'can', 'may', 'might', 'should', 'must']);

/** Verbs whose past form equals the base form: "hit" alone does not show the tense. */
const SAME_FORM_VERBS = new Set([
  'hit', 'put', 'set', 'cut', 'hurt', 'quit', 'let', 'shut', 'spread', 'cost', 'beat', 'burst',
  'cast', 'split', 'upset', 'broadcast', 'bid', 'read', 'shed', 'struck',
]);

/** "is scheduled to/for", "are expected to": a present copula that announces a plan. */
const SCHEDULE_WORDS = new Set(['scheduled', 'expected', 'due', 'set', 'slated', 'poised', 'planned', 'likely', 'about']);
/**
 * "plans to", "vows to": a present verb that commits to a later act. Verbs of wishing
 * ("want to go back to the pre-war days") are left out: they point back as often as ahead.
 */
const INTENT_VERBS = new Set(['plan', 'plans', 'intend', 'intends', 'aim', 'aims', 'expect', 'expects', 'vow', 'vows', 'promise', 'promises', 'pledge', 'pledges']);

/** Punctuation after a token that ends a clause. */
const CLAUSE_PUNCTUATION = /[,;:()\u2014\u2013"“”]|\s-\s/;

/** Tense a single token signals, or undefined when it is not a finite verb. */
function tokenTense(tokens: readonly Token[], i: number): ClauseTense | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const next = tokens[i + 1];
  const has = (tag: string): boolean => t.tags.includes(tag);
  if (FUTURE_MODALS.has(t.normal)) {
    // "may have struck" talks about the past.
    return next?.normal === 'have' ? 'past' : 'future';
  }
  if (t.normal === 'going' && next?.normal === 'to' && tokens[i - 1]?.tags.includes('Copula')) return 'future';
  const afterNext = tokens[i + 2]?.normal;
  if (/^(is|are|am|'s|'re)$/.test(t.normal) && next && SCHEDULE_WORDS.has(next.normal) && (afterNext === 'to' || afterNext === 'for')) {
    return 'future';
  }
  if (INTENT_VERBS.has(t.normal) && next?.normal === 'to' && !has('PastTense')) return 'future';
  if (OPEN_MODALS.has(t.normal) && has('Modal')) return next?.normal === 'have' ? 'past' : null;
  // A gerund or participle phrase ("including", "denouncing") has no tense of its own.
  if (!has('Verb') || has('Gerund')) return undefined;
  if ((t.normal === 'has' || t.normal === 'have' || t.normal === 'had') &&
      next && (next.tags.includes('Participle') || next.tags.includes('PastTense'))) {
    return 'past';
  }
  const previous = tokens[i - 1];
  // The infinitive after a modal or "to" takes its tense from the modal.
  if (has('Infinitive') && previous && (previous.tags.includes('Modal') || previous.normal === 'to')) return undefined;
  if (has('PastTense')) {
    // A participle after "has" is counted at "has"; passive "will be held" at "will".
    if (previous && /^(has|have|had|be|been|being|is|are|am|was|were)$/.test(previous.normal)) return undefined;
    return 'past';
  }
  if (has('PresentTense') && !has('Auxiliary')) return SAME_FORM_VERBS.has(t.normal) ? undefined : 'present';
  if (has('Copula') && (t.normal === 'is' || t.normal === 'are' || t.normal === 'am')) return 'present';
  // compromise leaves the auxiliary "were" in "were killed" without a tense tag.
  if (has('Copula') && (t.normal === 'was' || t.normal === 'were')) return 'past';
  return undefined;
}

/** Index range [from, to] of the clause containing token `at`. */
function clauseBounds(tokens: readonly Token[], at: number): [number, number] {
  let from = at;
  while (from > 0) {
    const prev = tokens[from - 1];
    const here = tokens[from];
    if (!prev || !here) break;
    if (CLAUSE_PUNCTUATION.test(prev.post) || CLAUSE_OPENERS.has(here.normal)) break;
    from -= 1;
  }
  let to = at;
  while (to < tokens.length - 1) {
    const here = tokens[to];
    const next = tokens[to + 1];
    if (!here || !next) break;
    if (CLAUSE_PUNCTUATION.test(here.post) || CLAUSE_OPENERS.has(next.normal)) break;
    to += 1;
  }
  return [from, to];
}

/** The tense nearest to [from, to] among tokens lo..hi, or undefined. */
function nearestTense(tokens: readonly Token[], from: number, to: number, lo: number, hi: number): ClauseTense | undefined {
  for (let distance = 1; distance <= hi - lo + 1; distance += 1) {
    // Look left first: English puts the verb before its time adjunct more often.
    for (const i of [from - distance, to + distance]) {
      if (i < lo || i > hi) continue;
      const tense = tokenTense(tokens, i);
      if (tense !== undefined) return tense;
    }
  }
  return undefined;
}

/**
 * Tense for an expression spanning [start, end) in a sentence: the nearest finite verb
 * in its clause, else in the sentence, else the sentence tense.
 */
export function clauseTense(
  tokens: readonly Token[],
  start: number,
  end: number,
  sentenceTense: ClauseTense,
): ClauseTense {
  const inside = tokens.flatMap((t, i) => (t.end > start && t.start < end ? [i] : []));
  let from = inside[0];
  let to = inside[inside.length - 1];
  if (from === undefined || to === undefined) {
    const after = tokens.findIndex((t) => t.start >= end);
    from = to = after === -1 ? tokens.length - 1 : after;
  }
  if (from < 0) return sentenceTense;
  const [lo, hi] = clauseBounds(tokens, from);
  const inClause = nearestTense(tokens, from, to, lo, Math.max(hi, to));
  if (inClause !== undefined) return inClause;
  const inSentence = nearestTense(tokens, from, to, 0, tokens.length - 1);
  return inSentence !== undefined ? inSentence : sentenceTense;
}
