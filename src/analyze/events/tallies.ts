/**
 * Tallies: standing counts stated as facts of the moment ("more than half of Zembla's 2.3 million
 * people", "the US has around 2,500 troops in Freedonia"). No verb happens, so the trigger lexicon
 * never sees them; they are made from figures of people or troops that are
 * - located: the place owns the count ("Zembla's 2.3 million people", "Zembla's population of
 *   two million"), or the clause puts it "in / across X", or it is the clause of "X, where …";
 * - standing: the verb that governs the count holds or houses it (has, keeps, hosts, live,
 *   shelter, remain, are stationed, taken refuge …), or there is none. A count that is the
 *   object or subject of any other verb ("evacuated 900 people", "900 people marched") is of a
 *   happening, and casualty counts already have units of their own (killed, wounded).
 * A population named by its owner ("Zembla's 2.3 million people") stands whatever part of it
 * does, so that form needs no verb check. Owners that are actors become agents ("US troops",
 * "Freedonia has 900 troops in Atlantis"). The time is a date in the tally's own clause or none:
 * a tally is true as of its article, and a date elsewhere in the sentence dates something else.
 */
import type { EventMention, Figure, Mention, Participant, Sentence, TimeExpression } from '../../model.ts';
import { isHeadlineLike } from '../entities/headline.ts';
import type { ParsedText, Token } from '../nlp.ts';
import { clauseEnd, clauseStarts } from './clauses.ts';
import { lemmaOf } from './find-triggers.ts';
import { modalityOf } from './modality.ts';
import { VERB_TRIGGERS } from './trigger-lexicon.ts';

/** Fewer than this many people are individuals in a story, not a tally. */
const MIN_TALLY = 10;
/** Nouns that name a whole population when a place owns them ("Zembla's 2 million people"). */
const POPULATION_NOUNS = new Set(['people', 'residents', 'inhabitants', 'citizens', 'population']);
/** Verbs whose object is held, not acted on: "has 2,500 troops", "hosts a million refugees". */
const HOLDING = new Set(['have', 'has', 'had', 'having', 'keep', 'keeps', 'kept', 'maintain', 'host', 'house', 'station', 'base', 'deploy']);
/** Verbs whose subject stays where it is: "2,000 people live / shelter / remain in X". */
const STAYING = new Set([
  'live', 'shelter', 'remain', 'stay', 'reside', 'camp', 'crowd', 'cram', 'huddle', 'trap', 'displace', 'house',
  'station', 'base', 'deploy', 'number',
]);
/** "taken refuge", "seeking shelter": a verb that stays only with this object. */
const REFUGE_VERBS = /^(?:take|takes|took|taken|taking|seek|seeks|sought|seeking|find|finds|found|finding)$/;
const REFUGE_NOUNS = new Set(['refuge', 'shelter', 'sanctuary']);
/** Posting verbs hold only in a perfect or passive ("are stationed", "has deployed"), not as a deed ("deployed 500 troops on Monday"). */
const POSTING = new Set(['station', 'base', 'deploy']);
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'inside', 'throughout', 'within']);
/** Hedge words between an owner and its count: "Zembla's roughly 2 million people". */
const HEDGES = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'more', 'than', 'less', 'fewer', 'at', 'least', 'up', 'to', 'just', 'under', 'estimated', 'an', 'a']);

export interface TallyInput {
  readonly text: string;
  readonly parsed: ParsedText;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly times: readonly TimeExpression[];
  readonly figures: readonly Figure[];
}

export function findTallies(input: TallyInput): EventMention[] {
  return input.figures.flatMap((figure) => {
    const tally = tallyOf(input, figure);
    return tally ? [tally] : [];
  });
}

const has = (t: Token | undefined, tag: string): boolean => t !== undefined && t.tags.includes(tag);
const lexicalVerb = (t: Token | undefined): boolean =>
  has(t, 'Verb') && !has(t, 'Auxiliary') && !has(t, 'Copula') && !has(t, 'Modal') && !has(t, 'Adjective');
const lemma = (t: Token): string => t.root ?? lemmaOf(t);
const isReporting = (t: Token): boolean => VERB_TRIGGERS.get(lemmaOf(t))?.type === 'statement';

function tallyOf(input: TallyInput, figure: Figure): EventMention | null {
  if ((figure.unit !== 'people' && figure.unit !== 'troops') || figure.value === null || figure.value < MIN_TALLY) return null;
  const tokens = input.parsed.sentences[figure.sentence]?.tokens;
  const sentence = input.sentences[figure.sentence];
  if (!tokens || !sentence || isHeadlineLike(tokens)) return null;
  const first = tokens.findIndex((t) => t.end > figure.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < figure.end) last++;
  const starts = clauseStarts(tokens);
  const clause = { start: starts[first] ?? 0, end: clauseEnd(starts, first) };
  const noun = nounAfter(tokens, last, clause.end, figure.noun);
  const inSentence = input.mentions.map((mention, index) => ({ mention, index })).filter(({ mention }) => mention.sentence === figure.sentence);
  const mentionAt = (t: Token | undefined) => (t ? inSentence.find(({ mention }) => mention.start < t.end && t.start < mention.end) : undefined);
  const participant = (m: { mention: Mention; index: number }): Participant => ({ start: m.mention.start, end: m.mention.end, text: m.mention.text, mention: m.index });

  // The owner: "Zembla's 2.3 million people", "Zembla's population of two million".
  const population = tokens[first - 1]?.normal === 'of' && tokens[first - 2]?.normal === 'population' ? first - 2 : null;
  let k = (population ?? first) - 1;
  while (k >= clause.start && HEDGES.has(tokens[k]!.normal)) k--;
  const possessor = has(tokens[k], 'Possessive') && k >= clause.start ? mentionAt(tokens[k]) : undefined;
  const ownsPopulation = possessor?.mention.type === 'place' && figure.unit === 'people'
    && (population !== null || POPULATION_NOUNS.has(tokens[noun]?.normal ?? ''));

  const predicate = governingVerb(tokens, first, noun, clause);
  if (!ownsPopulation && predicate !== null && !stands(tokens, predicate.index, predicate.side)) return null;

  // The place: the owner of a population, "in / across X" in the clause, or "X, where …".
  const located = placeInClause(tokens, clause, noun, mentionAt) ?? whereAntecedent(tokens, clause.start, mentionAt);
  const subject = predicate?.side === 'before' ? mentionAt(tokens[subjectEnd(tokens, predicate.index)]) : undefined;
  let place = ownsPopulation ? possessor : located;
  // "Zembla hosts a million refugees": a place holding people is where they are.
  if (!place && figure.unit === 'people' && subject?.mention.type === 'place') place = subject;
  if (!place || place.mention.type !== 'place') return null;

  // Whose troops: a modifier of the noun ("2,500 US troops"), an owner ("Zembla's troops") or the holder ("X has …").
  const modifier = figure.unit === 'troops' ? range(last + 1, noun).map((i) => mentionAt(tokens[i])).find((m) => m !== undefined) : undefined;
  const owner = figure.unit === 'troops' ? (modifier ?? possessor ?? subject) : undefined;
  const agents = owner && owner.index !== place.index ? [participant(owner)] : [];

  const startToken = population ?? first;
  const endToken = Math.max(noun, last);
  const start = tokens[startToken]!.start;
  const end = tokens[endToken]!.end;
  return {
    start,
    end,
    type: 'tally',
    trigger: input.text.slice(start, end),
    sentence: figure.sentence,
    modality: modalityOf(tokens, predicate?.index ?? first, clause.start),
    agents,
    targets: [],
    places: [participant(place)],
    ...clauseTime(input.times, figure.sentence, tokens[clause.start]!.start, tokens[clause.end - 1]!.end, start),
  };
}

/** The last token of the holder before its verb, past auxiliaries and adverbs ("Chile would still have"). */
function subjectEnd(tokens: readonly Token[], verb: number): number {
  let j = verb - 1;
  while (j > 0 && (has(tokens[j], 'Auxiliary') || has(tokens[j], 'Modal') || has(tokens[j], 'Adverb') || has(tokens[j], 'Negative'))) j--;
  return j;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Token index of the counted noun right after the number, else the number's last token. */
function nounAfter(tokens: readonly Token[], last: number, clauseEnd: number, noun: string | undefined): number {
  if (noun === undefined) return last;
  for (let i = last + 1; i < Math.min(clauseEnd, last + 5); i++) if (tokens[i]!.text === noun) return i;
  return last;
}

/**
 * The verb the count belongs to: a lexical verb before it in the clause (the count is its object;
 * a reporting verb ends the search: "said 900 troops are …"), else the first finite one after the
 * noun (the count is its subject). Infinitives after "to" belong to a purpose, not the count.
 */
function governingVerb(tokens: readonly Token[], first: number, noun: number, clause: { start: number; end: number }): { index: number; side: 'before' | 'after' } | null {
  for (let j = first - 1; j >= clause.start; j--) {
    const t = tokens[j]!;
    if (!lexicalVerb(t) || tokens[j - 1]?.normal === 'to') continue;
    return isReporting(t) ? null : { index: j, side: 'before' };
  }
  for (let j = noun + 1; j < clause.end; j++) {
    const t = tokens[j]!;
    if (lexicalVerb(t) && tokens[j - 1]?.normal !== 'to') return { index: j, side: 'after' };
  }
  return null;
}

function stands(tokens: readonly Token[], v: number, side: 'before' | 'after'): boolean {
  const t = tokens[v]!;
  const word = lemma(t);
  if (REFUGE_VERBS.test(t.normal) && REFUGE_NOUNS.has(tokens[v + 1]?.normal ?? '')) return true;
  if (!(side === 'before' ? HOLDING : STAYING).has(word) && !(side === 'before' ? HOLDING : STAYING).has(t.normal)) return false;
  if (!POSTING.has(word)) return true;
  // "are stationed", "has deployed", or a participle right after the noun ("troops stationed in").
  const prev = tokens[v - 1];
  return has(prev, 'Auxiliary') || has(prev, 'Copula') || (side === 'after' && !has(prev, 'Verb'));
}

type MentionAt = (t: Token | undefined) => { mention: Mention; index: number } | undefined;

/** A place after in / across … in the clause, the nearest after the noun first, else before the count. */
function placeInClause(tokens: readonly Token[], clause: { start: number; end: number }, noun: number, mentionAt: MentionAt) {
  const at = (p: number) => {
    if (!PLACE_PREPOSITIONS.has(tokens[p]!.normal)) return undefined;
    // "in northern Freedonia", "across the Vell region".
    for (let i = p + 1; i <= p + 3 && i < clause.end; i++) {
      const m = mentionAt(tokens[i]);
      if (m) return m.mention.type === 'place' ? m : undefined;
      if (!(has(tokens[i], 'Determiner') || has(tokens[i], 'Adjective'))) return undefined;
    }
    return undefined;
  };
  for (let p = noun + 1; p < clause.end; p++) {
    const m = at(p);
    if (m) return m;
  }
  for (let p = clause.start; p < noun; p++) {
    const m = at(p);
    if (m) return m;
  }
  return undefined;
}

/** "Freedonia, where the US has 900 troops": the place the "where" clause is about. */
function whereAntecedent(tokens: readonly Token[], clauseStart: number, mentionAt: MentionAt) {
  if (tokens[clauseStart]?.normal !== 'where') return undefined;
  const m = mentionAt(tokens[clauseStart - 1]);
  return m?.mention.type === 'place' ? m : undefined;
}

/** A date or time inside the tally's own clause, nearest first; else none. */
function clauseTime(times: readonly TimeExpression[], sentence: number, from: number, to: number, at: number): Pick<EventMention, 'time' | 'timeBasis'> {
  let best: number | null = null;
  times.forEach((t, i) => {
    if (t.sentence !== sentence || (t.type !== 'date' && t.type !== 'time') || t.start < from || t.end > to) return;
    if (best === null || Math.abs(t.start - at) < Math.abs(times[best]!.start - at)) best = i;
  });
  return best === null ? { time: null, timeBasis: null } : { time: best, timeBasis: 'clause' };
}
