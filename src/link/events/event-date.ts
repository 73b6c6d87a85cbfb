/**
 * The date one report gives an event: its time expression placed on the calendar. Vague values
 * (PAST_REF), durations and unresolved weekdays give no date, and neither does a date after
 * publication for an event reported as having happened (weekday direction is the time
 * resolver's job; a wrong one is dropped here, not patched).
 */
import { calendarSpan } from '../../time/calendar.ts';
import type { EventMention, Precision, TimeExpression } from '../../model.ts';
import { sameFamily } from './event-family.ts';

export interface ReportDate {
  readonly value: string;
  readonly precision: Precision;
  /** First and last calendar day covered (ISO). */
  readonly from: string;
  readonly to: string;
}

/**
 * Whether the time expression governs this trigger rather than another event of its sentence:
 * a time taken from an earlier sentence, or with another event's trigger between it and this
 * one of another family ("the killing of three soldiers …, CBS reported on Thursday": Thursday
 * dates the report),
 * dates this event only weakly, and a weak date neither separates events nor is compared. A
 * speaker's own action is dated with its report ("On Friday, the army said it had shelled …").
 */
export function governsTrigger(mention: EventMention, events: readonly EventMention[], time: TimeExpression): boolean {
  if (mention.timeBasis === 'nearest') return false;
  const before = time.end <= mention.start;
  const [from, to] = before ? [time.end, mention.start] : [mention.end, time.start];
  return !events.some((e) => e !== mention && e.sentence === mention.sentence && e.start >= from && e.end <= to
    // A trigger of the same family in between is coordination ("killed 3 and wounded 34 on Monday"), not another event.
    && !sameFamily(e.type, mention.type)
    // "Overnight, the army said it had shelled …": a speaker reporting its own action dates it with the report.
    && !(before && selfReport(e, mention)));
}

/** A statement whose speaker is the event's agent: "X said it had …". */
function selfReport(statement: EventMention, event: EventMention): boolean {
  const speaker = statement.type === 'statement' && statement.agents.length === 1 ? statement.agents[0]?.mention : undefined;
  return speaker !== undefined && event.agents.some((a) => a.mention === speaker);
}

export function reportDate(
  mention: EventMention,
  times: readonly TimeExpression[],
  published: string | null,
  events: readonly EventMention[] = [mention],
): ReportDate | null {
  if (mention.time === null) return null;
  const time = times[mention.time];
  if (!time || (time.type !== 'date' && time.type !== 'time') || !governsTrigger(mention, events, time)) return null;
  const span = calendarSpan(time.value);
  if (!span || span.precision === 'decade' || span.precision === 'century') return null;
  const day = span.precision === 'time' ? 'day' : span.precision;
  const date: ReportDate = { value: day === 'day' ? span.from : time.value, precision: day, from: span.from, to: span.to };
  if (mention.modality !== 'asserted' || !published || date.from <= published) return date;
  // Something reported as having happened cannot be dated after its article: the time
  // resolution went wrong (a mis-read tense), so the report gives no date rather than a wrong one.
  return null;
}
