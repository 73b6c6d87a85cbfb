/**
 * Direct quotations and who said them. Spans come from the quote marks (quotes/quote-spans.ts);
 * speakers from the attribution rules (quotes/attribution.ts), then two conventions: a quote
 * with no attribution of its own continues the previous quote in its paragraph, or the one in
 * the paragraph before when it opens its paragraph (a quote running over several paragraphs).
 */
import type { Mention, Quote, QuoteSpeaker, Sentence } from '../model.ts';
import type { ParsedText } from './nlp.ts';
import { attributionAfter, attributionBefore } from './quotes/attribution.ts';
import { buildContext, mentionIndexAt, type QuoteContext, sentenceTokens } from './quotes/context.ts';
import { cutAtInnerAttribution, findQuoteSpans, isNameInQuotes, quotedText, type QuoteSpan } from './quotes/quote-spans.ts';
import { statementSpeaker } from './quotes/statement.ts';

export function findQuotes(text: string, parsed: ParsedText, sentences: readonly Sentence[], mentions: readonly Mention[]): Quote[] {
  const paragraphs = paragraphSpans(parsed, sentences);
  const spans = findQuoteSpans(text, paragraphs)
    .filter((q) => !isNameInQuotes(text, q))
    .map((q) => cutAtInnerAttribution(text, q));
  const ctx = buildContext(text, parsed, mentions, spans);
  const quotes: Quote[] = [];
  let attributionEnd = -1;
  spans.forEach((span, i) => {
    const sentence = sentenceOf(sentences, span.start);
    const previous = quotes[i - 1];
    const previousSpan = spans[i - 1];
    const sameSentence = previous !== undefined && previous.sentence === sentence;
    const floor = Math.max(sameSentence && previousSpan ? previousSpan.close : 0, attributionEnd);
    const after = attributionAfter(ctx, span.close, span.lastParagraph);
    let speaker: QuoteSpeaker | null = after?.speaker ?? attributionBefore(ctx, sentence, span.open, floor);
    if (after) attributionEnd = after.end;
    if (!speaker && sameSentence) speaker = previous.speaker && { ...previous.speaker, via: 'previous-speaker' };
    if (!speaker) speaker = nearestPerson(ctx, sentence, span.open, floor);
    if (!speaker && previous && previousSpan) speaker = continued(text, paragraphs, span, previousSpan, previous.speaker);
    if (speaker?.via === 'statement') speaker = statementSpeaker(ctx, quotes, sentence, span.open) ?? speaker;
    quotes.push({ start: span.start, end: span.end, text: quotedText(text, span), sentence, speaker });
  });
  return quotes;
}

/** A quote with no attribution continues the previous quote in its paragraph or the paragraph before. */
function continued(text: string, paragraphs: readonly { start: number; end: number }[], span: QuoteSpan, previous: QuoteSpan, speaker: QuoteSpeaker | null): QuoteSpeaker | null {
  if (!speaker) return null;
  const opensParagraph = text.slice(paragraphs[span.paragraph]!.start, span.open).trim() === '';
  const gap = span.paragraph - previous.lastParagraph;
  if (gap === 0 || (opensParagraph && gap <= 2)) return { ...speaker, via: 'previous-speaker' };
  return null;
}

/** Fallback: the nearest person named before the quote in its sentence ("Lee held out hope for “a deal”"). */
function nearestPerson(ctx: QuoteContext, sentence: number, open: number, floor: number): QuoteSpeaker | null {
  const tokens = sentenceTokens(ctx, sentence).filter((t) => t.end <= open && t.start >= floor && !t.quoted);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const m = mentionIndexAt(ctx, tokens[k]);
    if (m >= 0 && ctx.mentions[m]!.type === 'person') return { text: ctx.mentions[m]!.text, mention: m, via: 'nearest-person' };
  }
  return null;
}

function sentenceOf(sentences: readonly Sentence[], offset: number): number {
  const i = sentences.findIndex((s) => offset < s.end);
  return i < 0 ? Math.max(0, sentences.length - 1) : i;
}

/** Paragraph spans as the parse saw them (first sentence start to last sentence end). */
function paragraphSpans(parsed: ParsedText, sentences: readonly Sentence[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const p = spans[s.paragraph];
    if (p) p.end = Math.max(p.end, s.end);
    else spans[s.paragraph] = { start: s.start, end: s.end };
  }
  void parsed;
  return Array.from(spans, (p) => p ?? { start: 0, end: 0 });
}
