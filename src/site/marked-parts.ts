/**
 * A stretch of text with some spans marked, as plain-text parts, so a template can wrap the marked
 * ones in `<mark>` and escape everything. Overlapping or out-of-range spans are merged or clipped.
 */
import type { Span } from '../model.ts';
import type { TextPart } from './view-models.ts';

export function markedParts(text: string, offset: number, marks: readonly Span[]): TextPart[] {
  const spans = marks
    .map((m) => ({ start: Math.max(m.start - offset, 0), end: Math.min(m.end - offset, text.length) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    if (span.end <= start) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), mark: false });
    parts.push({ text: text.slice(start, span.end), mark: true });
    cursor = span.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), mark: false });
  return parts;
}
