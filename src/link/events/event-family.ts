/**
 * Which event mentions may be reports of one event. Violence words describe one incident from
 * different sides ("a drone attack", "the strike", "killed three", "wounded 34"), so attack,
 * strike, killing and wounding form one family; every other type only meets its own kind.
 * Statements are reports of speech, not events: two people saying something is not one event,
 * so they stay out of clustering (threats likewise: a threat is said, not done).
 */
import type { EventType } from '../../model.ts';

const VIOLENCE: ReadonlySet<EventType> = new Set(['attack', 'strike', 'killing', 'wounding']);
const NOT_CLUSTERED: ReadonlySet<EventType> = new Set(['statement', 'threat']);

export function isClusteredType(type: EventType): boolean {
  return !NOT_CLUSTERED.has(type);
}

export function eventFamily(type: EventType): string {
  return VIOLENCE.has(type) ? 'violence' : type;
}

export function sameFamily(a: EventType, b: EventType): boolean {
  return eventFamily(a) === eventFamily(b);
}

/** The order an event's type is chosen in when its reports use several words of one family. */
export const TYPE_PRIORITY: readonly EventType[] = ['attack', 'strike', 'killing', 'wounding'];
