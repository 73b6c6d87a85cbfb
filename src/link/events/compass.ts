/**
 * Compass words before a place name ("northeastern Jordan", "north-west Syria") and whether two
 * of them contradict: one says east where the other says west, or north against south.
 * "north" and "northeastern" do not contradict (one is the coarser of the other).
 */
const COMPASS = /\b(north|south)?[- ]?(east|west)?(?:ern|erly)?\s*$/i;

export interface Bearing {
  /** As written ("northeastern"). */
  readonly text: string;
  readonly ns: 'n' | 's' | null;
  readonly ew: 'e' | 'w' | null;
}

/** The compass word ending `before` (the text just before a place name), or null. */
export function bearingBefore(before: string): Bearing | null {
  const m = COMPASS.exec(before);
  if (!m || (!m[1] && !m[2])) return null;
  const ns = m[1] ? (m[1].toLowerCase().startsWith('n') ? 'n' : 's') : null;
  const ew = m[2] ? (m[2].toLowerCase().startsWith('e') ? 'e' : 'w') : null;
  return { text: m[0].trim(), ns, ew };
}

export function bearingsConflict(a: Bearing, b: Bearing): boolean {
  return (a.ns !== null && b.ns !== null && a.ns !== b.ns) || (a.ew !== null && b.ew !== null && a.ew !== b.ew);
}
