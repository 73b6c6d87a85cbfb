/** The article as the attribution rules see it: flat tokens with their sentence, mentions by token. */
import type { Mention } from '../../model.ts';
import type { ParsedText, Token } from '../nlp.ts';
import type { QuoteSpan } from './quote-spans.ts';

export interface FlatToken extends Token {
  readonly sentence: number;
  readonly paragraph: number;
  /** Index in the flat list. */
  readonly index: number;
  /** True when the token lies inside a quotation. */
  readonly quoted: boolean;
}

export interface QuoteContext {
  readonly text: string;
  readonly tokens: readonly FlatToken[];
  readonly mentions: readonly Mention[];
  readonly spans: readonly QuoteSpan[];
  /** For each token, the index of the mention that covers it, or -1. */
  readonly mentionOfToken: readonly number[];
  /** First token index of each sentence. */
  readonly sentenceStart: readonly number[];
}

export function buildContext(text: string, parsed: ParsedText, mentions: readonly Mention[], spans: readonly QuoteSpan[]): QuoteContext {
  const tokens: FlatToken[] = [];
  const sentenceStart: number[] = [];
  parsed.sentences.forEach((s, sentence) => {
    sentenceStart.push(tokens.length);
    for (const t of s.tokens) {
      const quoted = spans.some((q) => t.start >= q.start && t.end <= q.end);
      tokens.push({ ...t, sentence, paragraph: s.paragraph, index: tokens.length, quoted });
    }
  });
  sentenceStart.push(tokens.length);
  const mentionOfToken = tokens.map((t) => mentions.findIndex((m) => t.start < m.end && m.start < t.end));
  return { text, tokens, mentions, spans, mentionOfToken, sentenceStart };
}

/** Tokens of one sentence. */
export function sentenceTokens(ctx: QuoteContext, sentence: number): readonly FlatToken[] {
  return ctx.tokens.slice(ctx.sentenceStart[sentence] ?? 0, ctx.sentenceStart[sentence + 1] ?? 0);
}

export function mentionAt(ctx: QuoteContext, token: FlatToken | undefined): Mention | undefined {
  if (!token) return undefined;
  const i = ctx.mentionOfToken[token.index] ?? -1;
  return i >= 0 ? ctx.mentions[i] : undefined;
}

export function mentionIndexAt(ctx: QuoteContext, token: FlatToken | undefined): number {
  return token ? (ctx.mentionOfToken[token.index] ?? -1) : -1;
}
