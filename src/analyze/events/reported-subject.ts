/**
 * "The army said it had shelled the town": in reported speech, a subject pronoun right after the
 * reporting verb is the speaker reporting its own action. Such an event's agent is the speaker's
 * mention, not the bare pronoun. The pronoun must fit the speaker: "he"/"she" a person, "it" an
 * organisation, group or place, "they" a group or a plural ("officials"). Only the first words of the reported clause count
 * ("said that it", "said on Monday it" ); a pronoun deeper in the clause may be anyone.
 */
import type { EventMention, Mention, Participant } from '../../model.ts';

const PERSONAL = new Set(['he', 'she']);
const COLLECTIVE = new Set(['it', 'they', 'we']);
/** A speaker "they" can stand for: a group, or a plural noun ("officials", "the rebels"). */
const PLURAL_SPEAKER = /s$/i;
/** Words that may stand between the reporting verb and the pronoun. */
const BRIDGE = /^(?:\s*,?\s*(?:that|on \w+|late \w+|earlier|later|in a statement|today|yesterday),?)*\s*$/i;

function fits(pronoun: string, speaker: Mention, speakerText: string): boolean {
  if (PERSONAL.has(pronoun)) return speaker.type === 'person';
  // "The army said they …" may mean the soldiers, or someone else: only a plural speaker is "they".
  if (pronoun === 'they') return speaker.type === 'group' || (speaker.type !== 'person' && PLURAL_SPEAKER.test(speakerText.trim()));
  return COLLECTIVE.has(pronoun) && speaker.type !== 'person';
}

/** The speaker mention whose pronoun this participant is, or undefined. */
function speakerOf(event: EventMention, agent: Participant, statements: readonly EventMention[], mentions: readonly Mention[], text: string): number | undefined {
  const pronoun = agent.text.toLowerCase();
  if (!PERSONAL.has(pronoun) && !COLLECTIVE.has(pronoun)) return undefined;
  for (const s of statements) {
    if (s === event || s.sentence !== event.sentence || s.end > agent.start) continue;
    const speaker = s.agents.length === 1 ? s.agents[0] : undefined;
    if (speaker?.mention === undefined || speaker.end > s.start) continue; // "X said", not "…, said X"
    const mention = mentions[speaker.mention];
    if (!mention || !fits(pronoun, mention, speaker.text) || !BRIDGE.test(text.slice(s.end, agent.start))) continue;
    return speaker.mention;
  }
  return undefined;
}

/** The events with each pronoun agent of reported speech linked to its speaker. */
export function linkReportedSubjects(events: readonly EventMention[], mentions: readonly Mention[], text: string): EventMention[] {
  const statements = events.filter((e) => e.type === 'statement');
  return events.map((event) => {
    if (event.type === 'statement' || event.agents.length !== 1) return event;
    const agent = event.agents[0] as Participant;
    if (agent.mention !== undefined) return event;
    const speaker = speakerOf(event, agent, statements, mentions, text);
    return speaker === undefined ? event : { ...event, agents: [{ ...agent, mention: speaker }] };
  });
}
