/**
 * Whether a trigger is reported as happened (asserted), denied (negated), conditional or
 * possible (hypothetical) or still to come (future). Looks back from the trigger to the start
 * of its clause, stopping at the verb that governs it ("did not say the strikes hit" leaves
 * "hit" asserted); infinitives ("wants to carry out strikes") are looked through.
 * Negation wins over hypothetical, hypothetical over future: "would not respond" is negated.
 */
import type { EventModality } from '../../model.ts';
import type { Token } from '../nlp.ts';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'without', 'neither', 'nor', 'cannot']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', 'if', 'unless', 'whether', 'possible', 'possibly', 'potential', 'likely', 'perhaps', 'ought']);
/** Future markers, including verbs of intent that take "to" ("plans to", "vowed to"). */
const FUTURE = new Set([
  'will', "'ll", 'shall', 'plan', 'plans', 'planned', 'planning', 'want', 'wants', 'wanted', 'aim', 'aims', 'aimed',
  'seek', 'seeks', 'sought', 'intend', 'intends', 'intended', 'threaten', 'threatens', 'threatened', 'vow', 'vows',
  'vowed', 'prepare', 'prepares', 'prepared', 'preparing', 'expected', 'upcoming', 'future', 'next', 'pledge',
  'pledged', 'promise', 'promised', 'considering', 'consider', 'weighing',
]);
/** Aspect verbs before "to" that keep an event asserted: "began to withdraw". */
const ASPECTUAL = new Set(['begin', 'began', 'begun', 'start', 'started', 'continue', 'continued', 'continues', 'resume', 'resumed', 'manage', 'managed', 'used']);

/** Verbs whose object noun is the event itself ("would not launch strikes"), unlike "never claimed the bombing". */
const EXECUTING_VERBS = new Set([
  'launch', 'carry', 'conduct', 'stage', 'mount', 'make', 'hold', 'impose', 'begin', 'start', 'continue', 'resume',
  'step', 'respond', 'retaliate', 'sign', 'reach', 'use', 'order',
]);

/** Prepositions after an executing verb that make its noun the thing answered, not done: "respond to the strikes". */
const ANSWERING = new Set(['to', 'for', 'against']);

export function modalityOf(tokens: readonly Token[], trigger: number, clauseStart: number, nounTrigger = false): EventModality {
  let negated = false;
  let hypothetical = false;
  let future = false;
  const going = (j: number): boolean => tokens[j]!.normal === 'going' && tokens[j + 1]?.normal === 'to';
  for (let j = trigger - 1; j >= clauseStart; j--) {
    const t = tokens[j]!;
    const word = t.normal;
    if (NEGATORS.has(word) || /n't$/.test(t.text)) negated = true;
    else if (HYPOTHETICAL.has(word)) hypothetical = true;
    else if (FUTURE.has(word) || going(j)) future = true;
    else if (ASPECTUAL.has(word)) continue; // "began to withdraw", "may resume the offensive"
    else if (isGoverningVerb(tokens, j)) {
      // An event noun is the object of this verb: "would not respond with strikes" denies the strikes.
      // "respond with strikes" carries them out; "respond to the strikes" answers strikes already made.
      if (nounTrigger && EXECUTING_VERBS.has(t.root ?? word) && !ANSWERING.has(prepositionBefore(tokens, trigger, j))) {
        const group = verbGroupModality(tokens, j, clauseStart);
        negated ||= group.negated;
        hypothetical ||= group.hypothetical;
        future ||= group.future;
      }
      break;
    }
  }
  // "to attack" after an intent verb was caught above; a bare purpose "to capture" is a goal, not a happening.
  if (!negated && !hypothetical && !future && tokens[trigger - 1]?.normal === 'to' && isPurpose(tokens, trigger - 1)) future = true;
  return negated ? 'negated' : hypothetical ? 'hypothetical' : future ? 'future' : 'asserted';
}

/** The preposition that opens the noun phrase of an event noun, after verb `v` ("to" in "respond to the US strikes"); '' if none. */
function prepositionBefore(tokens: readonly Token[], noun: number, v: number): string {
  for (let j = noun - 1; j > v; j--) {
    const t = tokens[j]!;
    if (t.tags.includes('Preposition') || ANSWERING.has(t.normal)) return t.normal;
    if (!['Adjective', 'Determiner', 'Value', 'Possessive', 'Noun'].some((tag) => t.tags.includes(tag))) return '';
  }
  return '';
}

/** Auxiliaries, negation and intent verbs right before verb `v` ("would not", "wants to"). */
function verbGroupModality(tokens: readonly Token[], v: number, clauseStart: number): { negated: boolean; hypothetical: boolean; future: boolean } {
  const out = { negated: false, hypothetical: false, future: false };
  for (let j = v - 1; j >= clauseStart; j--) {
    const t = tokens[j]!;
    if (NEGATORS.has(t.normal) || /n't$/.test(t.text)) out.negated = true;
    else if (HYPOTHETICAL.has(t.normal)) out.hypothetical = true;
    else if (FUTURE.has(t.normal)) out.future = true;
    else if (!(t.tags.includes('Auxiliary') || t.tags.includes('Modal') || t.tags.includes('Adverb') || t.normal === 'to')) break;
  }
  return out;
}

/** A finite lexical verb that is not an infinitive after "to" and not an auxiliary. */
function isGoverningVerb(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!t.tags.includes('Verb') || t.tags.includes('Auxiliary') || t.tags.includes('Copula') || t.tags.includes('Modal') || t.tags.includes('Particle')) return false;
  if (tokens[j - 1]?.normal === 'to') return false;
  // Participles used as modifiers ("retaliatory strikes drawn from") do not govern.
  return !t.tags.includes('Adjective');
}

/** "to" + verb that is not after an aspect verb ("began to", "used to"). */
function isPurpose(tokens: readonly Token[], to: number): boolean {
  const before = tokens[to - 1];
  return before === undefined || !ASPECTUAL.has(before.normal);
}
