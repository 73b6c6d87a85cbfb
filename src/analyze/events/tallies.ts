/**
 * Tallies: standing counts stated as facts of the moment ("Syldavia's 640,000 residents", "Borduria
 * keeps some 1,200 troops in Syldavia"). No verb happens, so the trigger lexicon never sees them;
 * they are made from figures of people or troops that are
 * - located: the place owns the count ("Syldavia's 640,000 residents", "Syldavia's population of
 *   640,000"), or the clause puts it "in / across X", or it is the clause of "X, where …";
 * - standing: the verb that governs the count holds or houses it (has, keeps, hosts, live, camp,
 *   remain, sought shelter …), or there is none. A count that is the object or subject of any
 *   other verb ("evacuated 900 people", "900 people marched") is of a happening, and when that
 *   verb is an event trigger ("stationed", "deployed") the event has the count already.
 * A population named by its owner ("Syldavia's 640,000 residents") stands whatever part of it
 * does, so that form needs no verb check. Owners that are actors become agents ("Bordurian
 * troops", "Borduria keeps 1,200 troops in Syldavia"). The time is a date in the tally's own
 * clause or none: a tally is true as of its article, and a date elsewhere in the sentence dates
 * something else.
 */
import type { EventMention, Figure, Mention, Participant, Sentence, TimeExpression } from '../../model.ts';
import { isHeadlineLike } from '../entities/headline.ts';
import type { ParsedText, Token } from '../nlp.ts';
import { clauseEnd, clauseStarts } from './clauses.ts';
import { clauseTime } from './event-time.ts';
import { lemmaOf } from './find-triggers.ts';
import { modalityOf } from './modality.ts';
import { VERB_TRIGGERS } from './trigger-lexicon.ts';

/** Fewer than this many people are individuals in a story, not a tally. */
const MIN_TALLY = 10;
/** Nouns that name a whole population when a place owns them ("Syldavia's 640,000 residents"). */
const POPULATION_NOUNS = new Set(['people', 'residents', 'inhabitants', 'citizens', 'population']);
/** Verbs whose object is held, not acted on: "has 1,200 troops", "hosts 80,000 refugees". */
const HOLDING = new Set(['have', 'has', 'had', 'having', 'keep', 'keeps', 'kept', 'maintain', 'host', 'house']);
/** Verbs whose subject stays where it is: "4,000 people live / camp / remain in X". */
const STAYING = new Set([
  'live', 'shelter', 'remain', 'stay', 'reside', 'camp', 'crowd', 'cram', 'huddle', 'trap', 'displace', 'house', 'number',
]);
/** "sought shelter", "found refuge": a verb that stays only with this object. */
const REFUGE_VERBS = /^(?:take|takes|took|taken|taking|seek|seeks|sought|seeking|find|finds|found|finding)$/;
const REFUGE_NOUNS = new Set(['refuge', 'shelter', 'sanctuary']);
/** Where a count stands: narrower than an event's places ("troops in X", never "troops to X", which is a deployment). */
const STANDING_IN = new Set(['in', 'across', 'inside', 'throughout', 'within']);
/** Hedge words between an owner and its count: "Syldavia's roughly 640,000 residents". */
const HEDGES = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'more', 'than', 'less', 'fewer', 'at', 'least', 'up', 'to', 'just', 'under', 'estimated', 'an', 'a']);

export interface TallyInput {
  readonly text: string;
  readonly parsed: ParsedText;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly times: readonly TimeExpression[];
  readonly figures: readonly Figure[];
}

type Located = { readonly mention: Mention; readonly index: number };
type MentionAt = (t: Token | undefined) => Located | undefined;

/** What every figure of one sentence shares: its tokens, clauses and mentions. */
interface SentenceContext {
  readonly tokens: readonly Token[];
  readonly starts: readonly number[];
  readonly mentionAt: MentionAt;
}

export function findTallies(input: TallyInput): EventMention[] {
  const contexts = new Map<number, SentenceContext | null>();
  const contextOf = (sentence: number): SentenceContext | null => {
    if (!contexts.has(sentence)) contexts.set(sentence, sentenceContext(input, sentence));
    return contexts.get(sentence)!;
  };
  return input.figures.flatMap((figure) => {
    if ((figure.unit !== 'people' && figure.unit !== 'troops') || figure.value === null || figure.value < MIN_TALLY) return [];
    const ctx = contextOf(figure.sentence);
    const tally = ctx ? tallyOf(input, ctx, figure) : null;
    return tally ? [tally] : [];
  });
}

function sentenceContext(input: TallyInput, sentence: number): SentenceContext | null {
  const tokens = input.parsed.sentences[sentence]?.tokens;
  if (!tokens || !input.sentences[sentence] || isHeadlineLike(tokens)) return null;
  const inSentence = input.mentions.flatMap((mention, index) => (mention.sentence === sentence ? [{ mention, index }] : []));
  const mentionAt: MentionAt = (t) => (t ? inSentence.find(({ mention }) => mention.start < t.end && t.start < mention.end) : undefined);
  return { tokens, starts: clauseStarts(tokens), mentionAt };
}

const has = (t: Token | undefined, tag: string): boolean => t !== undefined && t.tags.includes(tag);
const lexicalVerb = (t: Token | undefined): boolean =>
  has(t, 'Verb') && !has(t, 'Auxiliary') && !has(t, 'Copula') && !has(t, 'Modal') && !has(t, 'Adjective');
const lemma = (t: Token): string => t.root ?? lemmaOf(t);
const isReporting = (t: Token): boolean => VERB_TRIGGERS.get(lemmaOf(t))?.type === 'statement';
const participant = (m: Located): Participant => ({ start: m.mention.start, end: m.mention.end, text: m.mention.text, mention: m.index });

function tallyOf(input: TallyInput, { tokens, starts, mentionAt }: SentenceContext, figure: Figure): EventMention | null {
  const first = tokens.findIndex((t) => t.end > figure.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < figure.end) last++;
  const clause = { start: starts[first] ?? 0, end: clauseEnd(starts, first) };
  const noun = nounAfter(tokens, last, clause.end, figure.noun);

  // The owner: "Syldavia's 640,000 residents", "Syldavia's population of 640,000".
  const population = tokens[first - 1]?.normal === 'of' && tokens[first - 2]?.normal === 'population' ? first - 2 : null;
  let k = (population ?? first) - 1;
  while (k >= clause.start && HEDGES.has(tokens[k]!.normal)) k--;
  const possessor = has(tokens[k], 'Possessive') && k >= clause.start ? mentionAt(tokens[k]) : undefined;
  const ownsPopulation = possessor?.mention.type === 'place' && figure.unit === 'people'
    && (population !== null || POPULATION_NOUNS.has(tokens[noun]?.normal ?? ''));

  const predicate = governingVerb(tokens, first, noun, clause);
  // A count governed by an event trigger ("were stationed", "has deployed") is that event's count.
  if (!ownsPopulation && predicate !== null && (VERB_TRIGGERS.has(lemmaOf(tokens[predicate.index]!)) || !stands(tokens, predicate.index, predicate.side))) return null;

  // The place: the owner of a population, "in / across X" in the clause, or "X, where …".
  const located = placeInClause(tokens, clause, noun, mentionAt) ?? whereAntecedent(tokens, clause.start, mentionAt);
  const subject = predicate?.side === 'before' ? mentionAt(tokens[subjectEnd(tokens, predicate.index)]) : undefined;
  let place = ownsPopulation ? possessor : located;
  // "Syldavia hosts 80,000 refugees": a place holding people is where they are.
  if (!place && figure.unit === 'people' && subject?.mention.type === 'place') place = subject;
  if (!place || place.mention.type !== 'place') return null;

  // Whose troops: a modifier of the noun ("1,200 Bordurian troops"), an owner ("Borduria's troops") or the holder ("X keeps …").
  const modifier = figure.unit === 'troops' ? range(last + 1, noun).map((i) => mentionAt(tokens[i])).find((m) => m !== undefined) : undefined;
  const owner = figure.unit === 'troops' ? (modifier ?? possessor ?? subject) : undefined;
  const agents = owner && owner.index !== place.index ? [participant(owner)] : [];

  const start = tokens[population ?? first]!.start;
  const end = tokens[Math.max(noun, last)]!.end;
  const time = clauseTime(input.text, { start, end }, { start: tokens[clause.start]!.start, end: tokens[clause.end - 1]!.end }, figure.sentence, input.times);
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
    time,
    timeBasis: time === null ? null : 'clause',
  };
}

/** The last token of the holder before its verb, past auxiliaries and adverbs ("Borduria would still keep"). */
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
  if (REFUGE_VERBS.test(t.normal) && REFUGE_NOUNS.has(tokens[v + 1]?.normal ?? '')) return true;
  const verbs = side === 'before' ? HOLDING : STAYING;
  return verbs.has(lemma(t)) || verbs.has(t.normal);
}

/** A place after in / across … in the clause, the nearest after the noun first, else before the count. */
function placeInClause(tokens: readonly Token[], clause: { start: number; end: number }, noun: number, mentionAt: MentionAt) {
  const at = (p: number) => {
    if (!STANDING_IN.has(tokens[p]!.normal)) return undefined;
    // "in northern Syldavia", "across the Vell region".
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

/** "Syldavia, where Borduria keeps 300 troops": the place the "where" clause is about. */
function whereAntecedent(tokens: readonly Token[], clauseStart: number, mentionAt: MentionAt) {
  if (tokens[clauseStart]?.normal !== 'where') return undefined;
  const m = mentionAt(tokens[clauseStart - 1]);
  return m?.mention.type === 'place' ? m : undefined;
}
