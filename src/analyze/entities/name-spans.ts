/**
 * The name-finder view of an article's mentions, for scoring against CoNLL-style labels: a
 * descriptive mention ("US forces") is an actor of its own on the site, but a name finder
 * marks only the name inside it ("US"), so the view reports that core instead.
 */
import type { EntityType, Mention, Span } from '../../model.ts';

export interface NameSpan extends Span {
  readonly type: EntityType;
}

export function nameSpans(mentions: readonly Mention[]): NameSpan[] {
  return mentions.map((m) => (m.core ? { start: m.core.start, end: m.core.end, type: m.core.type } : { start: m.start, end: m.end, type: m.type }));
}
