/**
 * "he said" → the person it refers to: walking back sentence by sentence (this paragraph and
 * two before it), the subject-like person of each sentence outside quotations (the last person
 * named before its first verb, else its first person), gender-compatible when a title tells.
 */
import type { Mention, QuoteSpeaker } from '../../model.ts';
import { type FlatToken, mentionIndexAt, type QuoteContext, sentenceTokens } from './context.ts';

/** How far back a pronoun may look: news paragraphs are short, speakers are named once. */
const MAX_PARAGRAPHS_BACK = 3;
const MALE = /^(?:mr|sir|king|prince|lord|father|brother|sheikh)\.?$/i;
const FEMALE = /^(?:ms|mrs|miss|madam|queen|princess|lady|sister|dame)\.?$/i;

function genderOf(mentions: readonly Mention[], m: Mention): 'm' | 'f' | null {
  const last = m.name.split(/\s+/).at(-1)!;
  for (const other of mentions) {
    if (other.type !== 'person' || !other.title || other.name.split(/\s+/).at(-1) !== last) continue;
    if (MALE.test(other.title)) return 'm';
    if (FEMALE.test(other.title)) return 'f';
  }
  return null;
}

export function resolvePronoun(ctx: QuoteContext, pronoun: FlatToken): QuoteSpeaker {
  const want = pronoun.normal === 'he' ? 'm' : pronoun.normal === 'she' ? 'f' : null;
  if (want === null) return { text: pronoun.text, via: 'pronoun' };
  const fits = (i: number): boolean => {
    const m = ctx.mentions[i]!;
    const g = genderOf(ctx.mentions, m);
    return m.type === 'person' && (g === null || g === want);
  };
  for (let s = pronoun.sentence; s >= 0; s--) {
    const tokens = sentenceTokens(ctx, s).filter((t) => !t.quoted && (s < pronoun.sentence || t.end <= pronoun.start));
    if (tokens.length === 0) continue;
    if (pronoun.paragraph - tokens[0]!.paragraph > MAX_PARAGRAPHS_BACK) break;
    const found = subjectLikePerson(ctx, tokens, fits);
    if (found >= 0) return { text: ctx.mentions[found]!.text, mention: found, via: 'pronoun' };
  }
  return { text: pronoun.text, via: 'pronoun' };
}

function subjectLikePerson(ctx: QuoteContext, tokens: readonly FlatToken[], fits: (i: number) => boolean): number {
  const firstVerb = tokens.findIndex((t) => t.tags.includes('Verb') && mentionIndexAt(ctx, t) < 0);
  const people = tokens.map((t, k) => ({ k, m: mentionIndexAt(ctx, t) })).filter(({ m }) => m >= 0 && fits(m));
  const beforeVerb = people.filter(({ k }) => firstVerb < 0 || k < firstVerb);
  return (beforeVerb.at(-1) ?? people[0])?.m ?? -1;
}
