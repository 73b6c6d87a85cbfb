/**
 * Who did it, to whom, where. Agents: the subject-side phrase before an active verb (the
 * antecedent of "who/which" in a relative clause; the sentence subject when the clause has
 * none), "by X" after a passive verb or an event noun, the possessor or modifier of an event
 * noun ("US strikes"), or the subject of the verb that launches it ("X launched strikes").
 * Targets: the object after an active verb, the subject of a passive one, and "against / on /
 * at / of X". Places: place mentions after in / near / at / across … in the clause (else the
 * sentence).
 */
import type { Mention, Participant } from '../../model.ts';
import type { Token } from '../nlp.ts';
import { clauseEnd } from './clauses.ts';
import type { Trigger } from './find-triggers.ts';
import { chunkEndingAt, chunkFrom, type Chunk } from './noun-phrases.ts';
import { SUPPORT_VERBS } from './trigger-lexicon.ts';

export interface SentenceContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** First token of each token's clause (clauses.ts). */
  readonly clauseStarts: readonly number[];
  /** The article's mentions with their indices, restricted to this sentence. */
  readonly mentions: readonly { readonly index: number; readonly mention: Mention }[];
}

export interface Participants {
  readonly agents: Participant[];
  readonly targets: Participant[];
  readonly places: Participant[];
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got']);
const TARGET_PREPOSITIONS = new Set(['against', 'on', 'at', 'targeting', 'upon']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'at', 'across', 'inside', 'into', 'from', 'throughout', 'outside', 'around', 'to', 'toward', 'towards', 'within', 'over']);
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'away']);
/** Event types whose "of X" names the one it happened to ("the killing of three soldiers"). */
const OF_TARGET_TYPES = new Set(['killing', 'wounding', 'arrest', 'withdrawal', 'deployment', 'attack', 'strike']);

export function participantsOf(ctx: SentenceContext, trigger: Trigger): Participants {
  const { tokens, clauseStarts } = ctx;
  const start = clauseStarts[trigger.head] ?? 0;
  const end = clauseEnd(clauseStarts, trigger.head);
  const agents: Chunk[] = [];
  const targets: Chunk[] = [];

  if (trigger.pos === 'verb') {
    const passive = isPassive(tokens, trigger.head);
    const subject = subjectBefore(tokens, clauseStarts, trigger.first);
    const byPhrase = afterWord(tokens, trigger.head + 1, end, 'by');
    if (passive) {
      if (subject) targets.push(subject);
      if (byPhrase) agents.push(byPhrase);
    } else {
      const after = objectAfter(tokens, trigger.head + 1, end);
      // Inverted attribution ends its clause with the speaker: "…," said the minister.
      const inverted = trigger.type === 'statement' && after !== null && lastBarePhrase(tokens, start, trigger.first) === null
        && (after.last + 1 >= end || tokens[after.last + 1]!.tags.includes('Preposition'));
      if (inverted) agents.push(after); // "…," said the minister
      else if (subject) agents.push(subject);
      if (trigger.type !== 'statement' && after) targets.push(after);
    }
  } else {
    const modifier = chunkEndingAt(tokens, trigger.first - 1, start);
    if (modifier) agents.push(modifier);
    const by = afterWord(tokens, trigger.head + 1, Math.min(end, trigger.head + 3), 'by');
    if (by) agents.push(by);
    if (agents.length === 0) {
      const support = supportVerbBefore(tokens, trigger.first, start);
      const subject = support === null ? null : subjectBefore(tokens, clauseStarts, support);
      if (subject) agents.push(subject);
    }
    if (OF_TARGET_TYPES.has(trigger.type) && tokens[trigger.head + 1]?.normal === 'of') {
      const of = chunkFrom(tokens, trigger.head + 2, end);
      if (of) targets.push(of);
    }
  }
  for (let j = trigger.head + 1; j < end; j++) {
    if (!TARGET_PREPOSITIONS.has(tokens[j]!.normal)) continue;
    const c = chunkFrom(tokens, j + 1, end);
    if (c && !isTimeLike(tokens, c) && !targets.some((t) => t.first === c.first)) targets.push(c);
    break;
  }

  return {
    agents: agents.map((c) => toParticipant(ctx, c)),
    targets: targets.map((c) => toParticipant(ctx, c)),
    // A statement is located by its own clause only: "…in Mali, the army said" did not say it in Mali.
    places: placesOf(ctx, start, end, trigger.type !== 'statement'),
  };
}

/** "were killed", "have been struck", "was launched": a participle after a form of "be". */
function isPassive(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v]!;
  if (t.tags.includes('Passive')) return true;
  if (!t.tags.includes('PastTense') && !t.tags.includes('Participle')) return false;
  for (let j = v - 1; j >= 0 && j >= v - 3; j--) {
    const w = tokens[j]!;
    if (BE_FORMS.has(w.normal)) return true;
    if (!w.tags.includes('Adverb') && !w.tags.includes('Negative')) return false;
  }
  return false;
}

/**
 * The last noun phrase before `v` in its clause that is not inside a prepositional phrase;
 * the antecedent when the clause is a relative one; the sentence subject when neither exists.
 */
function subjectBefore(tokens: readonly Token[], clauseStarts: readonly number[], v: number): Chunk | null {
  const start = clauseStarts[v] ?? 0;
  const inClause = lastBarePhrase(tokens, start, v);
  if (inClause) return inClause;
  const opener = tokens[start];
  if (opener && (opener.normal === 'who' || opener.normal === 'which' || opener.normal === 'that') && start > 0) {
    const antecedent = chunkEndingAt(tokens, start - 1);
    if (antecedent) return antecedent;
  }
  // Subject at the head of the sentence: "X, who …, are pulling …".
  return lastBarePhrase(tokens, 0, Math.min(v, clauseEndOfFirst(clauseStarts)));
}

function clauseEndOfFirst(clauseStarts: readonly number[]): number {
  return clauseEnd(clauseStarts, 0);
}

function lastBarePhrase(tokens: readonly Token[], from: number, to: number): Chunk | null {
  let found: Chunk | null = null;
  for (let i = from; i < to; i++) {
    const c = chunkFrom(tokens, i, to);
    if (!c) continue;
    const prev = tokens[c.first - 1];
    const governed = prev !== undefined && c.first > from && prev.tags.includes('Preposition');
    if (!governed && !isTimeLike(tokens, c)) found = c;
    i = c.last;
  }
  return found;
}

function objectAfter(tokens: readonly Token[], from: number, end: number): Chunk | null {
  let i = from;
  while (i < end && (PARTICLES.has(tokens[i]!.normal) || tokens[i]!.tags.includes('Adverb'))) i++;
  const c = chunkFrom(tokens, i, end);
  return c && !isTimeLike(tokens, c) ? c : null;
}

function afterWord(tokens: readonly Token[], from: number, end: number, word: string): Chunk | null {
  for (let j = from; j < end; j++) if (tokens[j]!.normal === word) return chunkFrom(tokens, j + 1, end);
  return null;
}

/** "launched strikes", "carried out attacks", "had approved smaller strikes": the verb before an event noun. */
function supportVerbBefore(tokens: readonly Token[], noun: number, floor: number): number | null {
  for (let j = noun - 1; j >= floor && j >= noun - 5; j--) {
    const t = tokens[j]!;
    if (t.tags.includes('Verb') && !t.tags.includes('Auxiliary')) return SUPPORT_VERBS.has(t.root ?? t.normal) || SUPPORT_VERBS.has(t.normal) ? j : null;
    if (!(t.tags.includes('Adjective') || t.tags.includes('Determiner') || t.tags.includes('Value') || PARTICLES.has(t.normal) || t.tags.includes('Noun'))) return null;
  }
  return null;
}

function isTimeLike(tokens: readonly Token[], c: Chunk): boolean {
  const head = tokens[c.last]!;
  return head.tags.includes('Date') || head.tags.includes('Time') || head.tags.includes('Duration');
}

function placesOf(ctx: SentenceContext, start: number, end: number, sentenceFallback: boolean): Participant[] {
  const { tokens } = ctx;
  const from = tokens[start]!.start;
  const to = tokens[end - 1]!.end;
  const located = ctx.mentions.filter(({ mention }) => mention.type === 'place' && governedByPlacePreposition(ctx, mention));
  const inClause = located.filter(({ mention }) => mention.start >= from && mention.end <= to);
  return (inClause.length > 0 || !sentenceFallback ? inClause : located).map(({ index, mention }) => ({ text: mention.text, start: mention.start, end: mention.end, mention: index }));
}

/** "in Iraq", "near the border of Syria", "across Iraq and Syria", "in northern Gaza". */
function governedByPlacePreposition(ctx: SentenceContext, mention: Mention): boolean {
  const i = ctx.tokens.findIndex((t) => t.start >= mention.start);
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = ctx.tokens[j]!;
    if (PLACE_PREPOSITIONS.has(t.normal)) return true;
    if (!(t.tags.includes('Determiner') || t.tags.includes('Adjective') || t.normal === 'and' || t.tags.includes('Place') || t.tags.includes('ProperNoun'))) return false;
  }
  return false;
}

function toParticipant(ctx: SentenceContext, c: Chunk): Participant {
  const start = ctx.tokens[c.first]!.start;
  const end = ctx.tokens[c.last]!.end;
  const hit = ctx.mentions.find(({ mention }) => mention.start < end && start < mention.end);
  return { text: ctx.text.slice(start, end), start, end, ...(hit ? { mention: hit.index } : {}) };
}
