/** Actors grouped by type in display order, each group sorted by count (then name). */
import type { ActorGroup, ActorLink } from './view-models.ts';
import { ENTITY_TYPES, TYPE_LABELS } from './labels.ts';

export function actorGroups(actors: readonly ActorLink[], limit = Infinity): ActorGroup[] {
  return ENTITY_TYPES.map((type) => ({
    type,
    label: TYPE_LABELS[type].many,
    actors: actors.filter((a) => a.type === type).sort(byCountThenName).slice(0, limit),
  })).filter((group) => group.actors.length > 0);
}

export function byCountThenName(a: ActorLink, b: ActorLink): number {
  return b.count - a.count || compareText(a.text, b.text) || compareText(a.href, b.href);
}

/** Locale-independent ordering, so output does not depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
