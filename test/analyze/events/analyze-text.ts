/** Test helper: the events of a text of our own making, with the passes they depend on. */
import type { EventMention, Mention, Sentence } from '../../../src/model.ts';
import { findEvents } from '../../../src/analyze/events.ts';
import { findMentions } from '../../../src/analyze/mentions.ts';
import { parseText } from '../../../src/analyze/nlp.ts';
import { findTimeExpressions } from '../../../src/analyze/time-expressions.ts';

export function eventsOf(text: string, published: string | null = '2024-03-08'): EventMention[] {
  return eventsAndMentionsOf(text, published).events;
}

/** The events of a text with the mentions their participants point into. */
export function eventsAndMentionsOf(text: string, published: string | null = '2024-03-08'): { events: EventMention[]; mentions: Mention[]; sentences: Sentence[] } {
  const parsed = parseText(text, [{ start: 0, end: text.length }]);
  const sentences: Sentence[] = parsed.sentences.map((s, index) => ({ index, start: s.start, end: s.end, paragraph: s.paragraph, tense: s.tense }));
  const mentions = findMentions(text, parsed);
  const times = findTimeExpressions(text, parsed, published);
  return { events: findEvents(text, parsed, sentences, mentions, times), mentions, sentences };
}

/** "type:trigger" of each event, for compact table rows. */
export const labels = (events: readonly EventMention[]): string[] => events.map((e) => `${e.type}:${e.trigger}`);
