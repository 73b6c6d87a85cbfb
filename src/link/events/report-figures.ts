/**
 * The counts one report states, read in the light of its event: a figure of people attached to a
 * killing counts the killed ("the killing of three soldiers": 3 killed), to a wounding the wounded.
 * Without this, "three soldiers were killed" and "the killing of three soldiers" share no count.
 */
import type { EventType, Figure, FigureUnit } from '../../model.ts';

/** Units that count people, not what happened to them. */
const PEOPLE: ReadonlySet<FigureUnit> = new Set(['people', 'troops']);
const CASUALTY_OF: Partial<Record<EventType, FigureUnit>> = { killing: 'killed', wounding: 'wounded' };

/**
 * Only when the report states no count of its casualty unit already: beside "wounded more than 40",
 * "four officials said" counts the speakers, not the wounded.
 */
export function reportFigures(figures: readonly Figure[], type: EventType): Figure[] {
  const unit = CASUALTY_OF[type];
  if (!unit || figures.some((f) => f.unit === unit)) return [...figures];
  return figures.map((f) => (PEOPLE.has(f.unit) ? { ...f, unit, category: 'casualties' as const } : f));
}
