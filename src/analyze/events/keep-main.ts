/**
 * One event per happening: in a sentence, several triggers of one type for the same
 * participants ("launched strikes … the strikes hit") collapse into the main one, the one
 * with the most participants (then a verb over a noun, then the earlier).
 */
import type { EventMention, Participant } from '../../model.ts';

export function keepMainEvents(events: readonly EventMention[], isVerb: (e: EventMention) => boolean): EventMention[] {
  const dropped = new Set<EventMention>();
  for (const a of events) {
    for (const b of events) {
      if (a === b || dropped.has(a) || dropped.has(b)) continue;
      if (a.sentence !== b.sentence || a.type !== b.type || a.modality !== b.modality || !sameParties(a, b)) continue;
      dropped.add(weight(a, isVerb) >= weight(b, isVerb) ? b : a);
    }
  }
  return events.filter((e) => !dropped.has(e));
}

function weight(e: EventMention, isVerb: (e: EventMention) => boolean): number {
  return 10 * (e.agents.length + e.targets.length) + (isVerb(e) ? 5 : 0) - e.start / 1e7;
}

/** Participants that do not contradict each other: one side empty, or some overlap. */
function sameParties(a: EventMention, b: EventMention): boolean {
  return compatible(a.agents, b.agents) && compatible(a.targets, b.targets);
}

function compatible(x: readonly Participant[], y: readonly Participant[]): boolean {
  if (x.length === 0 || y.length === 0) return true;
  return x.some((p) => y.some((q) => p.text.toLowerCase() === q.text.toLowerCase() || (p.mention !== undefined && p.mention === q.mention) || (p.start < q.end && q.start < p.end)));
}
