/**
 * Finds event triggers in one sentence's tokens: verbs and nouns of the lexicon, by lemma,
 * whose guard (if any) accepts the context. "air strike" and "drone strike" become one trigger.
 */
import type { EventType } from '../../model.ts';
import type { Token } from '../nlp.ts';
import { GUARDS } from './trigger-guards.ts';
import { IRREGULAR_LEMMAS, NOUN_TRIGGERS, STRIKE_MODIFIERS, VERB_TRIGGERS, type TriggerEntry } from './trigger-lexicon.ts';

export interface Trigger {
  readonly type: EventType;
  /** Token index of the trigger's head word. */
  readonly head: number;
  /** Token index of its first word (a modifier such as "air" in "air strike"). */
  readonly first: number;
  readonly pos: 'verb' | 'noun';
  readonly lemma: string;
}

/**
 * The word's dictionary form: our irregular table, then compromise's root, then the word with
 * a regular ending taken off when that names a trigger ("charged" tagged as an adjective).
 */
export function lemmaOf(token: Token): string {
  const word = token.normal.replace(/^-+|-+$/g, '');
  const known = IRREGULAR_LEMMAS.get(word) ?? token.root;
  if (known !== undefined) return known;
  const stems = [word, word.replace(/d$/, ''), word.replace(/ed$/, ''), word.replace(/s$/, ''), word.replace(/es$/, '')];
  return stems.find((w) => VERB_TRIGGERS.has(w) || NOUN_TRIGGERS.has(w)) ?? word;
}

/**
 * How the word is used. compromise's tag, corrected where it often slips in news: a "verb"
 * right after a determiner, number, adjective or another verb is a noun ("launched airstrikes",
 * "the two blasts"); a "noun" right after an auxiliary or "to" is a verb ("had hit").
 */
function readingOf(tokens: readonly Token[], i: number): 'verb' | 'noun' | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const has = (tok: Token | undefined, tag: string): boolean => tok !== undefined && tok.tags.includes(tag);
  if (has(t, 'Noun') && !has(t, 'Pronoun')) {
    const afterAuxiliary = prev !== undefined && (has(prev, 'Auxiliary') || has(prev, 'Modal') || prev.normal === 'to') && !/[,;:]/.test(prev.post);
    return afterAuxiliary && !has(t, 'Plural') ? 'verb' : 'noun';
  }
  if (has(t, 'Gerund') && (has(prev, 'Determiner') || has(prev, 'Possessive'))) return 'noun'; // "the killing of"
  // "was charged with": compromise sometimes reads a passive participle as an adjective.
  if (has(t, 'Adjective') && /ed$/.test(t.normal) && prev !== undefined && (has(prev, 'Copula') || has(prev, 'Passive'))) return 'verb';
  if (!has(t, 'Verb') || has(t, 'Auxiliary') || has(t, 'Copula')) return null;
  if (/s$/.test(t.normal) && isPluralNounSlot(tokens, i)) return 'noun';
  const nounSlot = prev !== undefined && !/[,;:]/.test(prev.post)
    && (has(prev, 'Determiner') || has(prev, 'Value') || has(prev, 'Adjective') || (has(prev, 'Verb') && !has(prev, 'Auxiliary') && !has(prev, 'Modal')));
  return nounSlot && /s$/.test(t.normal) ? 'noun' : 'verb';
}

/** Words after which a noun phrase ends: "Freedonian strikes in Zembla", "UN raids on the port". */
const AFTER_NOUN = new Set(['in', 'on', 'at', 'against', 'across', 'near', 'over', 'inside', 'from', 'by', 'since', 'targeting', 'during', 'into', 'of']);

/**
 * An -s word compromise read as a verb that can only be a plural noun: after a preposition or a
 * possessive ("for strikes", "of attacks", "Freedonia's raids"), or after a name when no object
 * follows it ("UN strikes in Zembla", "UN strikes killed five") — unlike "Freedonia strikes rebel
 * camps" or "the army strikes back".
 */
function isPluralNounSlot(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || /[,;:()"“”]/.test(prev.post)) return false;
  if ((prev.tags.includes('Preposition') && prev.normal !== 'to') || prev.tags.includes('Possessive')) return true;
  if (!prev.tags.includes('ProperNoun') && !prev.tags.includes('Acronym')) return false;
  const next = tokens[i + 1];
  if (next === undefined || /[,;:.()"“”]/.test(tokens[i]!.post)) return true;
  return AFTER_NOUN.has(next.normal) || next.tags.includes('Copula') || (next.tags.includes('Auxiliary') && !next.tags.includes('Modal'))
    || (next.tags.includes('PastTense') && !next.tags.includes('Participle'));
}

export function findTriggers(tokens: readonly Token[]): Trigger[] {
  const out: Trigger[] = [];
  tokens.forEach((token, i) => {
    const lemma = lemmaOf(token);
    const pos = readingOf(tokens, i);
    const table = pos === 'verb' ? VERB_TRIGGERS : NOUN_TRIGGERS;
    const candidates: [TriggerEntry | undefined, 'verb' | 'noun'][] = pos === null ? [] : [[table.get(lemma), pos], [table.get(token.normal), pos]];
    for (const [entry] of candidates) {
      if (!entry) continue;
      if (entry.guard && !GUARDS[entry.guard](tokens, i)) continue;
      const prev = tokens[i - 1];
      const compound = entry.type === 'strike' && pos === 'noun' && prev !== undefined && STRIKE_MODIFIERS.has(prev.normal);
      out.push({ type: entry.type, head: i, first: compound ? i - 1 : i, pos: pos!, lemma });
      break;
    }
  });
  return out;
}
