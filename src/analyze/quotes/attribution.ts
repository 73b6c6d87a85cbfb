/**
 * Who said a quote. In order: an attribution right after it ("…,” Lee said / said Lee / the
 * official added / according to Lee), a speech verb before it in its sentence (Lee said that
 * “…”), then fallbacks (the previous quote's speaker, the nearest person). Pronouns go to the
 * person they refer to; "the statement" to whoever last spoke in a statement.
 */
import type { QuoteSpeaker } from '../../model.ts';
import { type FlatToken, mentionAt, mentionIndexAt, type QuoteContext, sentenceTokens } from './context.ts';
import { resolvePronoun } from './pronouns.ts';
import { isParticiple, isSpeechVerb } from './speech-verbs.ts';

/** Longest speaker phrase between a quote and its verb ("the office of Prime Minister Ana María Ruiz said"). */
const MAX_SPEAKER_WORDS = 11;
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it']);
const ADVERBS = /^(?:also|later|then|previously|separately|again|repeatedly|privately|publicly|earlier|further|once|had|has|have|would|will|has|reportedly)$/;
const BOUNDARY = /^(?:that|which|who|and|but|while|after|before|when|as|because|if|since|where)$/;

export interface Attribution {
  readonly speaker: QuoteSpeaker;
  /** Offset after the attribution's last word, so a split quote's second part skips it. */
  readonly end: number;
}

/** "…,” Lee said" / "…,” said Lee" / "…,” according to Lee". */
export function attributionAfter(ctx: QuoteContext, close: number, paragraph: number): Attribution | null {
  const after: FlatToken[] = [];
  for (const t of ctx.tokens) {
    if (t.start < close || t.paragraph !== paragraph) continue;
    if (t.quoted || (/["“”]/.test(t.pre) && after.length > 0)) break;
    after.push(t);
    if (endsSentence(t) || after.length >= 14) break;
  }
  // A full stop after the closing mark ends the sentence: what follows is a new one.
  if (after.length === 0 || /[.!?]/.test(ctx.text.slice(close, after[0]!.start))) return null;
  const [first, second] = after;
  if (first?.normal === 'according' && second?.normal === 'to') {
    const speaker = phraseAfterVerb(ctx, after.slice(2), 'according-to');
    return speaker ? { speaker, end: after.at(-1)!.end } : null;
  }
  if (isSpeechVerb(first!.normal)) {
    const speaker = phraseAfterVerb(ctx, after.slice(1), 'said-after');
    return speaker ? { speaker, end: after.at(-1)!.end } : null;
  }
  for (let v = 1; v < Math.min(after.length, MAX_SPEAKER_WORDS + 1); v++) {
    const t = after[v]!;
    if (isSpeechVerb(t.normal) && mentionIndexAt(ctx, t) < 0) {
      let np = after.slice(0, v);
      while (np.length > 1 && ADVERBS.test(np.at(-1)!.normal)) np = np.slice(0, -1);
      if (np.some((w) => endsSentence(w) || /[;:]/.test(w.post) || (w.tags.includes('Verb') && !ADVERBS.test(w.normal)))) return null;
      const speaker = speakerOfPhrase(ctx, np, 'said-after');
      return speaker ? { speaker, end: t.end } : null;
    }
    if (endsSentence(t) || /[;:]/.test(t.post)) break;
  }
  return null;
}

const ABBREVIATION = /^(?:mr|mrs|ms|dr|gen|sgt|lt|col|maj|capt|sen|rep|gov|pres|prof|st|jr|sr|spc|adm|cmdr|[a-z])$/i;

/** A full stop after a title or initial ("Mr.", "U.S.") does not end the sentence. */
export function endsSentence(t: FlatToken): boolean {
  if (!/[.!?]/.test(t.post)) return false;
  return !(t.post.startsWith('.') && (ABBREVIATION.test(t.text) || /^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(t.text) || t.tags.includes('Honorific') || t.tags.includes('Abbreviation')));
}

/** "Lee said on Sunday that … “…”": the last speech verb before the quote, and its subject. */
export function attributionBefore(ctx: QuoteContext, sentence: number, quoteStart: number, floor: number): QuoteSpeaker | null {
  const tokens = sentenceTokens(ctx, sentence).filter((t) => t.end <= quoteStart && t.start >= floor && !t.quoted);
  for (let v = tokens.length - 1; v >= 0; v--) {
    const verb = tokens[v]!;
    if (!isSpeechVerb(verb.normal) || mentionIndexAt(ctx, verb) >= 0) continue;
    const before = tokens.slice(0, v);
    return subjectOf(ctx, before, verb, sentence) ?? null;
  }
  return null;
}

function subjectOf(ctx: QuoteContext, before: readonly FlatToken[], verb: FlatToken, sentence: number): QuoteSpeaker | null {
  let j = before.length - 1;
  // Skip adverbs and the first half of a hyphenated verb ("counter-threatened").
  while (j >= 0 && ((ADVERBS.test(before[j]!.normal) && !/,/.test(before[j]!.post)) || before[j]!.post === '-')) j--;
  const last = before[j];
  // "… and warned “…”": a second verb of the same subject; the caller falls back on that subject.
  if (last && /^(?:and|but|or)$/.test(last.normal)) return null;
  if (!last || /,/.test(last.post) || (isParticiple(verb.normal) && /[,:]/.test(last.post))) return clauseSubject(ctx, sentence, verb);
  let k = j;
  while (k > 0 && !/[,;:—–(]/.test(before[k - 1]!.post) && !BOUNDARY.test(before[k - 1]!.normal) && !/["“”]/.test(before[k]!.pre)) k--;
  return speakerOfPhrase(ctx, before.slice(k, j + 1), 'said-before');
}

/** The subject of a sentence whose speech verb hangs off it ("X, a …, said"; "…, adding: "). */
function clauseSubject(ctx: QuoteContext, sentence: number, verb: FlatToken): QuoteSpeaker | null {
  const tokens = sentenceTokens(ctx, sentence).filter((t) => t.end <= verb.start && !t.quoted);
  for (const t of tokens) {
    const m = mentionAt(ctx, t);
    if (m?.type === 'person') return { text: m.text, mention: mentionIndexAt(ctx, t), via: 'said-before' };
  }
  const pronoun = tokens.find((t) => t.normal === 'he' || t.normal === 'she');
  if (pronoun) return resolvePronoun(ctx, pronoun);
  const np: FlatToken[] = [];
  for (const t of tokens) {
    if (t.tags.includes('Verb') || (np.length > 0 && /[,;:]/.test(np.at(-1)!.post))) break;
    np.push(t);
  }
  return np.length > 0 ? speakerOfPhrase(ctx, np, 'said-before') : null;
}

/** After "said": the first person named in the phrase, else its first mention, else its words. */
function phraseAfterVerb(ctx: QuoteContext, tokens: readonly FlatToken[], via: QuoteSpeaker['via']): QuoteSpeaker | null {
  const phrase: FlatToken[] = [];
  for (const t of tokens) {
    phrase.push(t);
    if (endsSentence(t) || /;/.test(t.post) || phrase.length >= 10) break;
  }
  const person = phrase.find((t) => mentionAt(ctx, t)?.type === 'person');
  if (person) return named(ctx, person, via);
  const early = phrase.slice(0, 4).find((t) => mentionAt(ctx, t) && mentionAt(ctx, t)?.type !== 'place');
  if (early) return named(ctx, early, via);
  const first = phrase[0];
  if (first && PRONOUNS.has(first.normal)) return resolvePronoun(ctx, first);
  const upToComma: FlatToken[] = [];
  for (const t of phrase) {
    if (/^(?:on|in|at|during|late|early)$/.test(t.normal) && upToComma.length > 0) break;
    upToComma.push(t);
    if (/[,.;]/.test(t.post)) break;
  }
  return upToComma.length > 0 ? describe(ctx, upToComma, via) : null;
}

/** A subject phrase before a speech verb: a name, a pronoun, "the statement", or a description. */
function speakerOfPhrase(ctx: QuoteContext, np: readonly FlatToken[], via: QuoteSpeaker['via']): QuoteSpeaker | null {
  if (np.length === 0) return null;
  const head = np.at(-1)!;
  const headMention = mentionAt(ctx, head);
  const headIndex = headMention ? np.findIndex((t) => mentionAt(ctx, t) === headMention) : -1;
  // "a Qatari official in Doha": a place after a preposition is no speaker.
  const inPlace = headMention?.type === 'place' && /^(?:in|at|from|of)$/.test(np[headIndex - 1]?.normal ?? '');
  if (headMention && !inPlace) return named(ctx, head, via);
  const person = [...np].reverse().find((t) => mentionAt(ctx, t)?.type === 'person');
  if (person) return named(ctx, person, via);
  if (np.some((t) => t.normal === 'statement')) return { text: describe(ctx, np, via).text, via: 'statement' };
  if (np.length === 1 && PRONOUNS.has(head.normal)) return resolvePronoun(ctx, head);
  return describe(ctx, np, via);
}

function named(ctx: QuoteContext, token: FlatToken, via: QuoteSpeaker['via']): QuoteSpeaker {
  const index = mentionIndexAt(ctx, token);
  return { text: ctx.mentions[index]!.text, mention: index, via };
}

function describe(ctx: QuoteContext, np: readonly FlatToken[], via: QuoteSpeaker['via']): QuoteSpeaker {
  const text = ctx.text.slice(np[0]!.start, np.at(-1)!.end).replace(/^[\s,]+|[\s,]+$/g, '');
  return { text, via };
}
