/**
 * Colour families of event types on the visual timeline: sixteen hues would not be told apart,
 * so types are drawn in five families (class f-<family>, colours in public/style.css).
 */
export const MARK_FAMILIES = [
  { id: 'violence', label: 'violence', types: ['attack', 'strike', 'killing', 'wounding'] },
  { id: 'security', label: 'arrests and troops', types: ['arrest', 'deployment', 'withdrawal', 'tally'] },
  { id: 'diplomacy', label: 'talks and visits', types: ['negotiation', 'agreement', 'visit'] },
  { id: 'speech', label: 'statements and threats', types: ['statement', 'threat'] },
  { id: 'civic', label: 'politics and sanctions', types: ['election', 'protest', 'sanction'] },
] as const;

export type MarkFamily = (typeof MARK_FAMILIES)[number]['id'];

const FAMILY_OF: ReadonlyMap<string, MarkFamily> = new Map(
  MARK_FAMILIES.flatMap((f) => f.types.map((t): [string, MarkFamily] => [t, f.id])),
);

/** Every known type in family order: the stacking order of binned bars. */
export const TYPE_ORDER: readonly string[] = MARK_FAMILIES.flatMap((f) => f.types);

/** An unknown type (a newer model) is drawn as a statement-grey mark rather than dropped. */
export function markFamily(type: string): MarkFamily {
  return FAMILY_OF.get(type) ?? 'speech';
}

export function typeRank(type: string): number {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}
