/** Splits a long list into the part shown open and the part folded away, so a big month stays usable. */

/** How many items of one heading are shown before the rest is folded. */
export const OPEN_ITEMS_PER_GROUP = 50;

export function splitOpen<T>(items: readonly T[], open = OPEN_ITEMS_PER_GROUP): { shown: T[]; more: T[] } {
  return { shown: items.slice(0, open), more: items.slice(open) };
}
