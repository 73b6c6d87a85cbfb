/**
 * Events per clause: triggers from the documented lexicon (events/trigger-lexicon.ts), each
 * with its modality, participants, places and time, then one event per happening per
 * sentence. Headline-like lines (a headline, links to other stories) yield no events.
 */
import type { EventMention, Mention, Sentence, TimeExpression } from '../model.ts';
import { isHeadlineLike } from './entities/headline.ts';
import { clauseEnd, clauseStarts } from './events/clauses.ts';
import { timeOf } from './events/event-time.ts';
import { findTriggers } from './events/find-triggers.ts';
import { keepMainEvents } from './events/keep-main.ts';
import { modalityOf } from './events/modality.ts';
import { participantsOf } from './events/participants.ts';
import { linkReportedSubjects } from './events/reported-subject.ts';
import type { ParsedText } from './nlp.ts';

export function findEvents(
  text: string,
  parsed: ParsedText,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  times: readonly TimeExpression[],
): EventMention[] {
  const events: EventMention[] = [];
  const verbs = new Set<EventMention>();
  parsed.sentences.forEach((parsedSentence, index) => {
    const sentence = sentences[index];
    const tokens = parsedSentence.tokens;
    if (!sentence || isHeadlineLike(tokens)) return;
    const starts = clauseStarts(tokens);
    const sentenceMentions = mentions.map((mention, i) => ({ index: i, mention })).filter(({ mention }) => mention.sentence === index);
    const ctx = { text, tokens, clauseStarts: starts, mentions: sentenceMentions };
    for (const trigger of findTriggers(tokens)) {
      const first = tokens[trigger.first]!;
      const head = tokens[trigger.head]!;
      const clauseFirst = tokens[starts[trigger.head] ?? 0]!;
      const clauseLast = tokens[clauseEnd(starts, trigger.head) - 1]!;
      const { time, basis } = timeOf(text, first, { start: clauseFirst.start, end: clauseLast.end }, sentence, sentences, times);
      const event: EventMention = {
        start: first.start,
        end: head.end,
        type: trigger.type,
        trigger: text.slice(first.start, head.end),
        sentence: index,
        modality: modalityOf(tokens, trigger.first, starts[trigger.head] ?? 0, trigger.pos === 'noun'),
        ...participantsOf(ctx, trigger),
        time,
        timeBasis: basis,
      };
      if (trigger.pos === 'verb') verbs.add(event);
      events.push(event);
    }
  });
  return linkReportedSubjects(keepMainEvents(events, (e) => verbs.has(e)), mentions, text);
}
