/**
 * Tense of the clause a time expression sits in. The sentence tense from the parser is the
 * first main verb's, but "X said on Thursday that it will strike next week" needs the verb
 * nearest to each expression, within its clause.
 */
import type { Token } from '../nlp.ts';
import type { ClauseTense } from './resolve.ts';
import { isHolidayWord } from './holiday-rules.ts';

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
const INTENT_VERBS = new Set([
  'plan', 'plans', 'intend', 'intends', 'aim', 'aims', 'expect', 'expects', 'vow', 'vows', 'promise', 'promises',
  'pledge', 'pledges', 'hope', 'hopes',
]);

/**
 * Present-tense verbs of a timetable: "the team plays on Sept. 5", "the summit opens Monday",
 * "the ceasefire ends on Friday". Only with the date close after them: "faces charges over a
 * riot in January" is about the past.
 */
const SCHEDULE_VERBS = new Set([
  'open', 'opens', 'reopen', 'reopens', 'begin', 'begins', 'start', 'starts', 'resume', 'resumes', 'meet', 'meets',
  'play', 'plays', 'face', 'faces', 'host', 'hosts', 'kick', 'kicks', 'end', 'ends', 'expire', 'expires',
  'arrive', 'arrives', 'visit', 'visits', 'convene', 'convenes', 'launch', 'launches', 'close', 'closes',
]);

/**
 * A date close after verb i: right after it or one preposition ("opens Monday", "ends on
 * Friday"), or after a short object ("plays Georgia on Sept. 5", "face a tough Christmas");
 * not one further on ("faces charges over a riot in January").
 */
function dateFollows(tokens: readonly Token[], i: number): boolean {
  const isDate = (t: Token): boolean =>
    ['Date', 'WeekDay', 'Month', 'Time', 'Holiday'].some((tag) => t.tags.includes(tag)) || /^(?:tomorrow|tonight)$/.test(t.normal) || isHolidayWord(t.text);
  for (let j = i + 1, skipped = 0; j < tokens.length && skipped <= 2; j++) {
    const t = tokens[j]!;
    if (isDate(t)) return true;
    if (/[,;:.]/.test(tokens[j - 1]!.post) || (t.tags.includes('Verb') && !t.tags.includes('Noun'))) return false;
    if (!/^(?:on|in|at|this|next)$/.test(t.normal)) skipped++;
  }
  return false;
}

const WISH_VERBS = new Set(['want', 'wish', 'like', 'prefer', 'rather']);

/**
 * Verbs that take an infinitive of a later act, in any form: "agreed to raise rates from
 * July", "voted to hold talks on Friday", "are planning to reopen in the fall". The infinitive's
 * time lies after the deciding, not necessarily after publication: the nearest reading.
 */
const INTENT_INFINITIVE = /^(?:agree|plan|decide|vote|promise|pledge|vow|aim|intend|expect|hope|prepare|threaten|propose|seek|order|schedule|resolve)(?:s|d|ed|ing|ned|ning|ped|ping)?$|^sought$/;

/**
 * Whether the "to" at index i is governed by a past or -ing form of INTENT_INFINITIVE, right
 * before it or before a short object ("agreed on Wednesday to", "ordered bars to"). A present
 * form ("hope to", "plans to") is read as a plan at the intent verb itself.
 */
function intentBeforeTo(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k -= 1) {
    const t = tokens[k];
    if (!t) return false;
    if (INTENT_INFINITIVE.test(t.normal)) return /(?:ed|ing)$|^sought$/.test(t.normal);
    if (CLAUSE_PUNCTUATION.test(t.post) || CLAUSE_OPENERS.has(t.normal) || t.tags.includes('Verb') && !t.tags.includes('Noun')) return false;
  }
  return false;
}

/** Adverbs that may stand between a modal and its verb ("will next meet", "would also ask"). */
const MODAL_ADVERBS = new Set(['not', 'also', 'still', 'soon', 'then', 'next', 'again', 'now', 'only', 'never', 'probably', 'likely', 'first', 'finally', 'formally', 'officially', 'jointly', 'further']);

/** Tags of a word before a present-tense form that make that form a noun ("the win", "of strikes"). */
const NOUN_CONTEXT_TAGS = ['Determiner', 'Preposition', 'Value', 'Possessive', 'Adjective'];

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
  if (/^(is|are|am|'s|'re)$/.test(t.normal) && next && SCHEDULE_WORDS.has(next.normal) && afterNext && /^(to|for|on|in|by|at|until|from|next|this)$/.test(afterNext)) {
    return 'future';
  }
  if (INTENT_VERBS.has(t.normal) && !has('PastTense') && toFollows(tokens, i)) return 'future';
  // "may", "could", "would": a possibility, neither past nor a plan (see yearlessDirection).
  // "might want to return to the pre-March borders": a wish points back as often as ahead.
  if (OPEN_MODALS.has(t.normal) && has('Modal')) return next?.normal === 'have' ? 'past' : next && WISH_VERBS.has(next.normal) ? null : 'modal';
  // A gerund or participle phrase ("including", "denouncing") has no tense of its own.
  if (!has('Verb') || has('Gerund')) return undefined;
  if ((t.normal === 'has' || t.normal === 'have' || t.normal === 'had') &&
      next && (next.tags.includes('Participle') || next.tags.includes('PastTense'))) {
    return 'past';
  }
  const previous = tokens[i - 1];
  // The infinitive after a modal or "to" takes its tense from the modal, adverbs between included.
  const governing = tokens[i - 1 - adverbsBefore(tokens, i)];
  if (has('Infinitive') && governing?.normal === 'to' && intentBeforeTo(tokens, i - 1 - adverbsBefore(tokens, i))) return 'modal';
  if (has('Infinitive') && governing && (governing.tags.includes('Modal') || governing.normal === 'to')) return undefined;
  // A present form after a determiner, number or preposition is a noun: "the 2-1 win", "weeks of strikes".
  if (has('PresentTense') && !has('Copula') && previous && NOUN_CONTEXT_TAGS.some((tag) => previous.tags.includes(tag)) &&
      !previous.tags.includes('Pronoun') || has('PresentTense') && previous?.tags.includes('Possessive')) {
    return undefined;
  }
  // A past form after a determiner, number or adjective is a noun or an adjective: "a first
  // shot", "the elected mayor", "its recent cut".
  if (has('PastTense') && previous && ['Determiner', 'Value', 'Adjective', 'Possessive'].some((tag) => previous.tags.includes(tag)) &&
      !previous.tags.includes('Pronoun') && !previous.tags.includes('Verb')) {
    return undefined;
  }
  if (has('PastTense')) {
    // A participle after "has" is counted at "has"; passive "will be held" at "will".
    if (previous && /^(has|have|had|be|been|being|is|are|am|was|were)$/.test(previous.normal)) return undefined;
    return 'past';
  }
  if (has('PresentTense') && !has('Auxiliary')) {
    if (SCHEDULE_VERBS.has(t.normal) && dateFollows(tokens, i)) return 'future';
    return SAME_FORM_VERBS.has(t.normal) ? undefined : 'present';
  }
  if (has('Copula') && (t.normal === 'is' || t.normal === 'are' || t.normal === 'am')) return 'present';
  // compromise leaves the auxiliary "were" in "were killed" without a tense tag.
  if (has('Copula') && (t.normal === 'was' || t.normal === 'were')) return 'past';
  return undefined;
}

/** How many adverbs stand right before token i ("will next meet": one). */
function adverbsBefore(tokens: readonly Token[], i: number): number {
  let n = 0;
  while (n < 2) {
    const t = tokens[i - 1 - n];
    if (!t || !(MODAL_ADVERBS.has(t.normal) || t.tags.includes('Adverb'))) break;
    n += 1;
  }
  return n;
}

/** "plans to", "expects the bank to": "to" within a short object after an intent verb, no verb between. */
function toFollows(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 7 && k < tokens.length; k += 1) {
    const t = tokens[k];
    if (!t) return false;
    if (t.normal === 'to') return true;
    if (t.tags.includes('Verb') || CLAUSE_PUNCTUATION.test(tokens[k - 1]?.post ?? '') || CLAUSE_OPENERS.has(t.normal)) return false;
  }
  return false;
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
  const inSentence = inClause ?? nearestTense(tokens, from, to, 0, tokens.length - 1);
  const tense = inSentence !== undefined ? inSentence : sentenceTense;
  if (tense === 'modal' && AHEAD_WORDS.has(tokens[from - 1]?.normal ?? '')) return 'future';
  return tense === 'past' || tense === 'present' ? aheadOfNow(tokens, from, lo, tense) : tense;
}

/** Words before a date that name the end or start of something still to come. */
const AHEAD_WORDS = new Set(['until', 'till', 'starting', 'beginning']);

/**
 * A present, present-perfect or modal clause that points at a later day through its preposition:
 * "have called a march for Saturday", "has until Nov. 15", "have been cancelled until
 * Friday", "closed for three weeks starting Friday". "for" only before a day ("a strike for
 * Sept. 10"), not a month or year ("sales for March have risen"). A past-perfect or simple
 * past clause ("had been closed until Friday") keeps its tense.
 */
function aheadOfNow(tokens: readonly Token[], from: number, lo: number, tense: 'past' | 'present'): ClauseTense {
  const before = tokens[from - 1];
  const first = tokens[from];
  if (!before || !first || from - 1 < lo && CLAUSE_PUNCTUATION.test(before.post)) return tense;
  const isDay = first.tags.includes('WeekDay') || first.tags.includes('Month') && /^\d/.test(tokens[from + 1]?.text ?? '');
  if (!AHEAD_WORDS.has(before.normal) && !(before.normal === 'for' && isDay)) return tense;
  if (tense === 'present') return 'future';
  // Past only through a present perfect: "has"/"have" + participle, no simple past in the clause.
  for (let k = from - 2; k >= lo; k -= 1) {
    const t = tokens[k];
    if (!t) break;
    if (t.normal === 'has' || t.normal === 'have') return 'future';
    if (t.normal === 'had' || t.tags.includes('PastTense') && !/^(has|have|had|be|been|being)$/.test(tokens[k - 1]?.normal ?? '')) return tense;
  }
  return tense;
}
