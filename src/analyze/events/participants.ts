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
import { afterIntroduction, clauseEnd, SUBORDINATE_OPENERS } from './clauses.ts';
import type { Trigger } from './find-triggers.ts';
import { chunkEndingAt, chunkFrom, withConjunct, type Chunk } from './noun-phrases.ts';
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
/** Nouns of a quantity of events: "a fresh round of raids" is raids, not an agent. */
const QUANTITY_NOUNS = new Set(['wave', 'waves', 'series', 'round', 'rounds', 'barrage', 'string', 'spate', 'number', 'campaign', 'volley', 'flurry', 'burst', 'salvo', 'set', 'couple', 'dozens', 'hundreds', 'scores', 'handful']);
/** Participles that name who did an event noun: "strikes … carried out by X", "the attack was claimed by X". */
const BY_PARTICIPLES = new Set(['carried', 'conducted', 'launched', 'staged', 'mounted', 'claimed', 'perpetrated', 'committed', 'executed', 'ordered', 'led']);
/** Violent event nouns whose "from X" names who did it: "strikes from Freedonia", "attack from rebels". */
const FROM_AGENT_TYPES = new Set(['attack', 'strike']);
/** Heads after "from" that say where the violence came from, not who: "attacks from the sea". */
const ORIGIN_NOUNS = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'sea', 'air', 'sky', 'skies', 'ground', 'land',
  'border', 'territory', 'territories', 'area', 'areas', 'region', 'side', 'coast', 'direction', 'directions', 'position', 'positions',
  'abroad', 'distance', 'range', 'base', 'bases', 'inside', 'outside', 'above', 'below', 'behind', 'within',
]);
const COME_UNDER_VERBS = new Set(['come', 'came', 'comes', 'coming', 'be', 'been', 'is', 'are', 'was', 'were', 'remain', 'remained', 'remains', 'fell', 'fall', 'falls']);
/** Gerunds that bring about the event noun they govern: "X attacked ships, drawing strikes" (strikes on X). */
const CAUSATIVE_GERUNDS = new Set(['drawing', 'prompting', 'provoking', 'triggering', 'sparking', 'inviting', 'attracting']);
/** Event types done to someone, whose causer above is the one they are done to. */
const DONE_TO_TYPES = new Set(['attack', 'strike', 'arrest', 'sanction']);
/** "depots tied to the cartel", "sites used by the rebels": whose the things are. */
const AFFILIATION = new Map([
  ...['linked', 'tied', 'connected', 'belonging', 'affiliated', 'allied', 'loyal'].map((w) => [w, new Set(['to', 'with'])] as const),
  ...['used', 'run', 'operated', 'controlled', 'held', 'owned', 'occupied'].map((w) => [w, new Set(['by'])] as const),
]);
/** Event types whose "of X" names the one it happened to ("the killing of three soldiers"). */
const OF_TARGET_TYPES = new Set(['killing', 'wounding', 'arrest', 'withdrawal', 'deployment', 'attack', 'strike']);

export function participantsOf(ctx: SentenceContext, trigger: Trigger): Participants {
  const { tokens, clauseStarts } = ctx;
  const start = clauseStarts[trigger.head] ?? 0;
  const end = clauseEnd(clauseStarts, trigger.head);
  const agents: Chunk[] = [];
  const targets: Chunk[] = [];
  let fromAgentChunk: Chunk | null = null;

  if (trigger.pos === 'verb') {
    const passive = isPassive(tokens, trigger.head);
    const subject = subjectBefore(tokens, clauseStarts, trigger.first);
    const byPhrase = notLocative(tokens, afterWord(tokens, trigger.head + 1, end, 'by'));
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
      if (trigger.type !== 'statement' && after) targets.push(withOwner(tokens, after, end));
    }
  } else {
    const modifier = chunkEndingAt(tokens, trigger.first - 1, start);
    if (modifier) agents.push(modifier);
    const by = afterWord(tokens, trigger.head + 1, end, 'by', trigger.head + 3) ?? byAfterParticiple(tokens, trigger.head + 1, end);
    if (by) agents.push(by);
    if (agents.length === 0) {
      const support = supportVerbBefore(tokens, trigger.first, start);
      const subject = support === null ? null : subjectBefore(tokens, clauseStarts, support);
      if (subject) agents.push(subject);
    }
    if (agents.length === 0 && FROM_AGENT_TYPES.has(trigger.type)) {
      fromAgentChunk = fromAgent(ctx, trigger.head, end);
      if (fromAgentChunk) agents.push(fromAgentChunk);
    }
    // "Ships came under attack": the subject is what was attacked.
    const undergoer = underEventSubject(tokens, clauseStarts, trigger.first);
    if (undergoer) targets.push(undergoer);
    // "X attacked ships, drawing strikes from Y": the strikes were on X.
    const causer = DONE_TO_TYPES.has(trigger.type) ? causerOf(tokens, clauseStarts, trigger.first, start) : null;
    if (causer && !targets.length) targets.push(causer);
    if (OF_TARGET_TYPES.has(trigger.type) && tokens[trigger.head + 1]?.normal === 'of') {
      const of = chunkFrom(tokens, trigger.head + 2, end);
      if (of) targets.push(of);
    }
  }
  // A statement has no target: "said strikes on the port …" speaks of the strikes' target.
  for (let j = trigger.head + 1; j < end && trigger.type !== 'statement'; j++) {
    if (!TARGET_PREPOSITIONS.has(tokens[j]!.normal)) continue;
    const c = chunkFrom(tokens, j + 1, end);
    if (c && !isTimeLike(tokens, c) && !targets.some((t) => t.first === c.first)) targets.push(withOwner(tokens, c, end));
    break;
  }

  return {
    agents: agents.map((c) => toParticipant(ctx, c)),
    targets: targets.map((c) => toParticipant(ctx, c)),
    // A statement is located by its own clause only: "…in Mali, the army said" did not say it in Mali.
    // A from-agent ("strikes from Freedonia") is who, not where.
    places: placesOf(ctx, start, end, trigger.type !== 'statement').filter((p) => fromAgentChunk === null || !overlaps(ctx, fromAgentChunk, p)),
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
    if (antecedent) return headOfLocated(tokens, antecedent) ?? antecedent;
  }
  const participial = participialSubject(tokens, clauseStarts, v);
  if (participial !== undefined) return participial;
  // Subject at the head of the sentence: "X, who …, are pulling …", after any introductory
  // phrase ("Further south, X, which …, has shelled …").
  const s = afterIntroduction(tokens, clauseStarts, (a, b) => lastBarePhrase(tokens, a, b) !== null);
  const subjectEnd = clauseEnd(clauseStarts, s);
  // "After attacking the town, the rebels fled": a gerund in an introductory clause takes the
  // main subject ("After rebels attacked the town, the army withdrew" has a subject of its own).
  if (s > v) return tokens[v]!.tags.includes('Gerund') ? lastBarePhrase(tokens, s, firstVerb(tokens, s, subjectEnd) ?? subjectEnd) : null;
  return lastBarePhrase(tokens, s, Math.min(v, subjectEnd));
}

/** Prepositions of location: "the militias in Zembla that attacked …" are militias, not Zembla. */
const LOCATING = new Set(['in', 'near', 'across', 'inside', 'outside', 'around', 'throughout']);

/**
 * The phrase a located antecedent belongs to: "the gangs in Zembla that raided the
 * base" — a relative clause after "N in PLACE" is about N when PLACE is a proper name.
 */
function headOfLocated(tokens: readonly Token[], c: Chunk): Chunk | null {
  const prep = tokens[c.first - 1];
  if (!prep || !LOCATING.has(prep.normal) || /[,;:]/.test(tokens[c.first - 2]?.post ?? ',')) return null;
  if (!tokens[c.last]!.tags.includes('ProperNoun') && !tokens[c.last]!.tags.includes('Place')) return null;
  return chunkEndingAt(tokens, c.first - 2);
}

/**
 * ", killing two guards": a present participle opening a clause after a comma has the subject
 * of the verb before it (null when that verb is passive: its subject underwent the event).
 * Undefined when the rule does not apply.
 */
function participialSubject(tokens: readonly Token[], clauseStarts: readonly number[], v: number): Chunk | null | undefined {
  const start = clauseStarts[v] ?? 0;
  if (v !== start || start === 0 || !tokens[v]!.tags.includes('Gerund') || !tokens[start - 1]!.post.includes(',')) return undefined;
  // "He noted that the talks could fail, adding …": past subordinate clauses to the main one.
  let before = clauseStarts[start - 1] ?? 0;
  while (before > 0 && SUBORDINATE_OPENERS.has(tokens[before]!.normal)) before = clauseStarts[before - 1] ?? 0;
  const verb = firstVerb(tokens, before, start);
  if (verb === null) return undefined;
  return isPassive(tokens, verb) ? null : subjectBefore(tokens, clauseStarts, verb);
}

/** The first finite or participle verb of a span (not an auxiliary, particle or -ing form). */
function firstVerb(tokens: readonly Token[], from: number, to: number): number | null {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.tags.includes('Verb') && !['Auxiliary', 'Copula', 'Particle', 'Gerund', 'Modal'].some((tag) => t.tags.includes(tag))) return j;
  }
  return null;
}

/**
 * The last noun phrase in [from, to) not governed by a preposition nor a time. Coordinated
 * phrases stay one ("Freedonia and Atlantis"); a conjunct shares the government of the phrase
 * before it ("talks between the army and the rebels" has no bare phrase).
 */
function lastBarePhrase(tokens: readonly Token[], from: number, to: number): Chunk | null {
  let found: Chunk | null = null;
  let previous: { chunk: Chunk; governed: boolean; bare: boolean } | null = null;
  for (let i = from; i < to; i++) {
    let c = chunkFrom(tokens, i, to);
    if (!c) continue;
    const prev = tokens[c.first - 1];
    let governed = prev !== undefined && c.first > from && prev.tags.includes('Preposition') && !subjectOfSubordinate(tokens, c, from, to);
    const conjunct = previous !== null && (prev?.normal === 'and' || prev?.normal === 'or')
      && previous.chunk.last === c.first - 2 && !/[,;:]/.test(tokens[previous.chunk.last]!.post);
    if (previous && conjunct) {
      governed = previous.governed;
      if (previous.bare) c = { first: previous.chunk.first, last: c.last };
    }
    const bare: boolean = !governed && !isTimeLike(tokens, c);
    if (bare) found = c;
    previous = { chunk: c, governed, bare };
    i = c.last;
  }
  return found;
}

/**
 * "After rebels attacked the town": a phrase right after a subordinator that opens the span and
 * right before the verb (auxiliaries and adverbs between) is that clause's subject, although
 * compromise tags "after" as a preposition.
 */
function subjectOfSubordinate(tokens: readonly Token[], c: Chunk, from: number, verb: number): boolean {
  if (c.first - 1 !== from || !SUBORDINATE_OPENERS.has(tokens[from]!.normal)) return false;
  for (let j = c.last + 1; j < verb; j++) if (!['Auxiliary', 'Adverb', 'Negative', 'Modal'].some((tag) => tokens[j]!.tags.includes(tag))) return false;
  return c.last < verb;
}

function objectAfter(tokens: readonly Token[], from: number, end: number): Chunk | null {
  let i = from;
  while (i < end && (PARTICLES.has(tokens[i]!.normal) || tokens[i]!.tags.includes('Adverb'))) i++;
  const c = chunkFrom(tokens, i, end);
  return c && !isTimeLike(tokens, c) ? c : null;
}

/** Nouns of a spot beside which something happens: "killed by the border" is where, not who. */
const BESIDE_NOUNS = new Set([
  'border', 'borders', 'roadside', 'road', 'river', 'riverbank', 'sea', 'seaside', 'coast', 'shore', 'lake', 'side',
  'gate', 'gates', 'door', 'entrance', 'fence', 'wall', 'bridge', 'checkpoint', 'crossing', 'frontier', 'highway',
]);

function notLocative(tokens: readonly Token[], c: Chunk | null): Chunk | null {
  if (!c) return null;
  let head = c.last;
  // "the border last week": the chunk may run on into a time phrase.
  while (head > c.first && !tokens[head]!.tags.includes('Noun')) head--;
  return BESIDE_NOUNS.has(tokens[head]!.normal) ? null : c;
}

/** The phrase after the first `word` in [from, searchTo), up to `end`, with its coordinated conjunct ("by X and Y"). */
function afterWord(tokens: readonly Token[], from: number, end: number, word: string, searchTo = end): Chunk | null {
  for (let j = from; j < Math.min(end, searchTo); j++) if (tokens[j]!.normal === word) return withConjunct(tokens, chunkFrom(tokens, j + 1, end), end);
  return null;
}

/**
 * "strikes against the rebels carried out by X", "the attack was claimed by X": a participle
 * after the event noun (no other verb between) whose by-phrase names who did it.
 */
function byAfterParticiple(tokens: readonly Token[], from: number, end: number): Chunk | null {
  for (let j = from; j < end && j < from + 8; j++) {
    const t = tokens[j]!;
    if (BY_PARTICIPLES.has(t.normal)) {
      const by = PARTICLES.has(tokens[j + 1]?.normal ?? '') ? j + 2 : j + 1;
      return tokens[by]?.normal === 'by' ? withConjunct(tokens, chunkFrom(tokens, by + 1, end), end) : null;
    }
    if (t.tags.includes('Verb') && !BE_FORMS.has(t.normal) && !t.tags.includes('Auxiliary') && !t.tags.includes('Particle') && !/s$/.test(t.normal)) return null;
  }
  return null;
}

/**
 * "retaliatory strikes from Freedonia", "attack from the rebels": for a violent event noun,
 * "from X" within two words names who did it when X is an actor — a name, a group, or a plural
 * of people. A country counts (states strike; "strikes from Freedonia" reads as Freedonia's),
 * but a direction or area ("from the sea", "from the north of X") is where they came from.
 */
function fromAgent(ctx: SentenceContext, head: number, end: number): Chunk | null {
  const { tokens } = ctx;
  for (let j = head + 1; j <= head + 2 && j < end; j++) {
    const t = tokens[j]!;
    if (t.normal === 'from') {
      const c = withConjunct(tokens, chunkFrom(tokens, j + 1, end), end);
      if (!c || isTimeLike(tokens, c)) return null;
      for (let k = c.first; k <= c.last; k++) if (ORIGIN_NOUNS.has(tokens[k]!.normal)) return null;
      const from = tokens[c.first]!.start;
      const to = tokens[c.last]!.end;
      const named = ctx.mentions.some(({ mention }) => mention.start >= from && mention.end <= to);
      const people = tokens[c.last]!.tags.includes('Plural');
      return named || people ? c : null;
    }
    if (/[,;:]/.test(t.post) || t.tags.includes('Preposition') || t.tags.includes('Verb')) return null;
  }
  return null;
}

/**
 * "X seized the port, prompting raids by Y": an event noun governed by a causative gerund that
 * opens a clause after a comma was brought on by the gerund's subject, and is done to it.
 */
function causerOf(tokens: readonly Token[], clauseStarts: readonly number[], noun: number, floor: number): Chunk | null {
  let j = noun - 1;
  while (j > floor && (tokens[j]!.tags.includes('Adjective') || tokens[j]!.tags.includes('Determiner'))) j--;
  if (!CAUSATIVE_GERUNDS.has(tokens[j]?.normal ?? '')) return null;
  return participialSubject(tokens, clauseStarts, j) ?? null;
}

/** "12 depots tied to the cartel", "bases used by the rebels": the target phrase with its owner. */
function withOwner(tokens: readonly Token[], c: Chunk, end: number): Chunk {
  const link = AFFILIATION.get(tokens[c.last + 1]?.normal ?? '');
  if (!link || !link.has(tokens[c.last + 2]?.normal ?? '') || /[,;:]/.test(tokens[c.last]!.post)) return c;
  const owner = chunkFrom(tokens, c.last + 3, end);
  return owner ? { first: c.first, last: owner.last } : c;
}

/** "came under (heavy) attack", "were under fire": the subject of the verb before "under". */
function underEventSubject(tokens: readonly Token[], clauseStarts: readonly number[], noun: number): Chunk | null {
  let j = noun - 1;
  while (j >= 0 && (tokens[j]!.tags.includes('Adjective') || tokens[j]!.tags.includes('Adverb')) && tokens[j]!.normal !== 'under') j--;
  if (tokens[j]?.normal !== 'under' || !COME_UNDER_VERBS.has(tokens[j - 1]?.normal ?? '')) return null;
  return subjectBefore(tokens, clauseStarts, j - 1);
}

/**
 * "launched strikes", "carried out attacks", "had approved smaller strikes", "launched a new wave
 * of strikes": the verb before an event noun.
 */
function supportVerbBefore(tokens: readonly Token[], noun: number, floor: number): number | null {
  for (let j = noun - 1; j >= floor && j >= noun - 6; j--) {
    const t = tokens[j]!;
    if (PARTICLES.has(t.normal)) continue; // "carried out"
    if (t.normal === 'of' && QUANTITY_NOUNS.has(tokens[j - 1]?.normal ?? '')) continue;
    if (t.tags.includes('Verb') && !t.tags.includes('Auxiliary')) return SUPPORT_VERBS.has(t.root ?? t.normal) || SUPPORT_VERBS.has(t.normal) ? j : null;
    if (!(t.tags.includes('Adjective') || t.tags.includes('Determiner') || t.tags.includes('Value') || t.tags.includes('Noun'))) return null;
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

/** Prepositions that after a noun of relation say with whom, not where. */
const RELATION_TO = new Set(['to', 'toward', 'towards', 'with']);
/** "connections to Zembla", "ties to Lima", "a threat to Peru": a relation, not a location. */
const RELATION_NOUNS = new Set([
  'connection', 'connections', 'link', 'links', 'tie', 'ties', 'relation', 'relations', 'relationship', 'relationships', 'loyalty',
  'allegiance', 'allegiances', 'support', 'threat', 'threats', 'opposition', 'hostility', 'closeness', 'proximity', 'access', 'exposure',
  'message', 'messages', 'letter', 'appeal', 'warning', 'warnings', 'debt', 'debts', 'commitment', 'commitments',
]);

/** "in Peru", "near the border of Chile", "across Peru and Chile", "in northern Lima". */
function governedByPlacePreposition(ctx: SentenceContext, mention: Mention): boolean {
  const i = ctx.tokens.findIndex((t) => t.start >= mention.start);
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = ctx.tokens[j]!;
    if (PLACE_PREPOSITIONS.has(t.normal)) return !(RELATION_TO.has(t.normal) && RELATION_NOUNS.has(ctx.tokens[j - 1]?.normal ?? ''));
    if (!(t.tags.includes('Determiner') || t.tags.includes('Adjective') || t.normal === 'and' || t.tags.includes('Place') || t.tags.includes('ProperNoun'))) return false;
  }
  return false;
}

function overlaps(ctx: SentenceContext, c: Chunk, p: Participant): boolean {
  return ctx.tokens[c.first]!.start < p.end && p.start < ctx.tokens[c.last]!.end;
}

function toParticipant(ctx: SentenceContext, c: Chunk): Participant {
  const start = ctx.tokens[c.first]!.start;
  const end = ctx.tokens[c.last]!.end;
  const hit = ctx.mentions.find(({ mention }) => mention.start < end && start < mention.end);
  return { text: ctx.text.slice(start, end), start, end, ...(hit ? { mention: hit.index } : {}) };
}
