/**
 * A decade or a one-word holiday used as a modifier or inside a name ("the 1990s band",
 * "a 1980s-style suit", "the nineties group", "a Christmas tree") describes a thing, not a time.
 * Kept: a decade after a preposition ("in the 1990s economy grew" reads as a time), a
 * decade followed by punctuation, a function word, an adverb or a verb ("the 1990s were").
 */
import type { MatchContext } from './rule.ts';

/** Closed-class words that may follow a temporal decade. */
const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'nor', 'to', 'when', 'as', 'in', 'on', 'at', 'of', 'with', 'by', 'for', 'from',
  'until', 'till', 'through', 'that', 'which', 'where', 'while', 'after', 'before', 'there', 'it',
  'he', 'she', 'they', 'we', 'i', 'you', 'a', 'an', 'the', 'this', 'these', 'those', 'its', 'his',
  'her', 'their', 'our', 'my', 'into', 'onwards', 'onward', 'than', 'because', 'if', 'so', 'then',
  'also', 'too', 'alone', 'themselves', 'itself', 'ago', 'later', 'earlier',
]);

/** Tags that show the next word is not a noun being modified. */
const NON_NOUN_TAGS = ['PastTense', 'Copula', 'Modal', 'Auxiliary', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun'];

const PREPOSITION_BEFORE = /\b(in|during|since|throughout|through|until|till|by|before|after|from|to|into|of|over|across|around)\s+$/i;

export function attributiveAfter(ctx: MatchContext): boolean {
  const after = ctx.text.slice(ctx.end, ctx.end + 30);
  // "1990s-era", "'80s-style": a compound adjective.
  if (/^[-–][a-z]/i.test(after)) return true;
  const next = /^[ \u00a0]([a-z][a-z'’-]*)/.exec(after)?.[1];
  if (!next) return false;
  if (PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(ctx.sentenceStart, ctx.start - 15), ctx.start))) return false;
  if (FUNCTION_WORDS.has(next) || /ed$/.test(next)) return false;
  const nextAt = ctx.end + 1;
  const token = ctx.tokens.find((t) => t.start <= nextAt && t.end > nextAt);
  if (token && NON_NOUN_TAGS.some((tag) => token.tags.includes(tag))) return false;
  return true;
}
