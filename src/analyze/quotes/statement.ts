/**
 * "the statement said" → whoever last spoke in a statement: a recent quote whose sentence
 * mentions a statement, else the subject of a recent "X said in a statement", else the most
 * recent organisation named before.
 */
import type { Quote, QuoteSpeaker } from '../../model.ts';
import { mentionIndexAt, type QuoteContext, sentenceTokens } from './context.ts';
import { attributionBefore } from './attribution.ts';

/** Sentences to look back for the statement a quote comes from. */
const LOOK_BACK = 12;

export function statementSpeaker(ctx: QuoteContext, quotes: readonly Quote[], sentence: number, open: number): QuoteSpeaker | null {
  for (let s = sentence; s >= Math.max(0, sentence - LOOK_BACK); s--) {
    const tokens = sentenceTokens(ctx, s).filter((t) => !t.quoted && (s < sentence || t.end <= open));
    const statement = tokens.find((t) => t.normal === 'statement');
    if (!statement) continue;
    const quoted = quotes.filter((q) => q.sentence === s && q.speaker?.mention !== undefined).at(-1);
    if (quoted?.speaker) return { ...quoted.speaker, via: 'statement' };
    const last = tokens.at(-1);
    if (s < sentence && last) {
      const speaker = attributionBefore(ctx, s, last.end + 1, 0);
      if (speaker?.mention !== undefined) return { ...speaker, via: 'statement' };
    }
  }
  for (let k = ctx.tokens.length - 1; k >= 0; k--) {
    const t = ctx.tokens[k]!;
    if (t.end > open || t.quoted) continue;
    const m = mentionIndexAt(ctx, t);
    if (m >= 0 && ctx.mentions[m]!.type === 'organization') return { text: ctx.mentions[m]!.text, mention: m, via: 'statement' };
  }
  return null;
}
