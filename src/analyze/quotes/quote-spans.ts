/**
 * Quotation spans: pairs of straight or curly double quote marks in each paragraph, read by
 * context rather than glyph (sloppy sources open with ” and close with “). A quote left open
 * at the end of a paragraph continues when the next paragraph opens with a quote mark (news
 * convention for multi-paragraph quotes); otherwise it ends with its paragraph.
 */
import type { Span } from '../../model.ts';

export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark, or the end of the quoted words when none. */
  readonly close: number;
  /** Paragraph of the opening mark. */
  readonly paragraph: number;
  /** Paragraph of the end. */
  readonly lastParagraph: number;
  /** False when no closing mark was found (the quote ends at its paragraph or the next quote). */
  readonly closed: boolean;
}

const MARK = /["“”„]/g;

type Role = 'open' | 'close';

function roleOf(text: string, at: number, para: Span, state: boolean): Role {
  const prev = at > para.start ? text[at - 1]! : ' ';
  const next = at + 1 < para.end ? text[at + 1]! : ' ';
  const opening = /[\s([{—–-]/.test(prev) && !/\s/.test(next);
  const closing = !/\s/.test(prev) && /[\s.,;:!?)\]—–-]/.test(next);
  if (opening && !closing) return 'open';
  if (closing && !opening) return 'close';
  const glyph = text[at];
  if (glyph === '“' || glyph === '„') return 'open';
  if (glyph === '”') return 'close';
  return state ? 'close' : 'open';
}

export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { at: number; paragraph: number } | null = null;
  const emit = (end: number, close: number, lastParagraph: number, closed = false): void => {
    if (!open) return;
    const inner = trimSpan(text, open.at + 1, end);
    if (inner.end > inner.start) spans.push({ ...inner, open: open.at, close: closed ? close : inner.end, paragraph: open.paragraph, lastParagraph, closed });
    open = null;
  };
  paragraphs.forEach((para, p) => {
    const marks = [...text.slice(para.start, para.end).matchAll(MARK)].map((m) => para.start + (m.index ?? 0));
    let skipFirst = false;
    if (open) {
      // An unclosed quote goes on only if this paragraph opens with a quote mark.
      const first = marks[0];
      if (first !== undefined && text.slice(para.start, first).trim() === '') skipFirst = true;
      else emit(paragraphs[p - 1]!.end, paragraphs[p - 1]!.end, p - 1);
    }
    for (const [k, at] of marks.entries()) {
      if (k === 0 && skipFirst) continue;
      const role = roleOf(text, at, para, open !== null);
      if (role === 'open') {
        // A second opening mark: the first quote was never closed; it ends before this one.
        if (open) emit(at, at, p);
        open = { at, paragraph: p };
      } else if (open) {
        emit(at, at + 1, p, true);
      }
    }
  });
  const last = paragraphs.length - 1;
  if (open && last >= 0) emit(paragraphs[last]!.end, paragraphs[last]!.end, last);
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** The quoted words as one line: paragraph breaks and a continuation's opening mark become a space. */
export function quotedText(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s*\n\s*["“”„]?\s*/g, ' ');
}

/**
 * Quote marks that are no quotation: a nickname inside a name (Kenneth “Buzz” Aldane) or a
 * programme title in title case after "on" or a possessive (on “Morning Report”).
 */
export function isNameInQuotes(text: string, span: QuoteSpan): boolean {
  const inner = text.slice(span.start, span.end).replace(/[.,!?]+$/, '');
  const words = inner.split(/\s+/).filter(Boolean);
  const before = text.slice(Math.max(0, span.open - 30), span.open);
  const after = text.slice(span.close, span.close + 30);
  const titleCase = words.length > 0 && words.length <= 6 && words.every((w, i) => /^[A-Z\d]/.test(w) || (i > 0 && /^(?:the|of|and|with|in|on|at|a|an|for|to)$/.test(w)));
  if (!titleCase) return false;
  if (words.length === 1 && /[A-Z][\w.-]*\s$/.test(before) && /^\s[A-Z]/.test(after)) return true;
  return /(?:\bon|\bin|\bof|['’]s?)\s*$/.test(before);
}

/**
 * A quote left open until the next quote opens often holds its own attribution
 * ("The problem, said Lee Park, is “…”): cut it before ", said …" / ", X said".
 */
export function cutAtInnerAttribution(text: string, span: QuoteSpan): QuoteSpan {
  if (span.closed) return span;
  const inner = text.slice(span.start, span.end);
  const m = /,\s+(?:said|says|according to)\s|,\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says)\b/.exec(inner);
  if (!m || m.index === 0) return span;
  return { ...span, end: span.start + m.index, close: span.start + m.index };
}
