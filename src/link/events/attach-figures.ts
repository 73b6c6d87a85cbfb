/**
 * Which event each figure belongs to: an event mention in the same sentence, the one whose type
 * the figure's unit fits best ("34 wounded" → the wounding, "85 targets" → the strike), then the
 * nearest trigger; a tally takes the figure it was made from. Statements take no figures (the
 * figure is about what was said, not the saying); ages, percentages, fractions and durations
 * describe people or proportions, not an event's count.
 */
import type { EventMention, EventType, Figure, FigureUnit } from '../../model.ts';

const NO_EVENT_UNITS: ReadonlySet<FigureUnit> = new Set(['age', 'percent', 'fraction', 'days', 'money']);

/** Lower is better; units not listed fit every event type equally. */
const FIT: Partial<Record<FigureUnit, Partial<Record<EventType, number>>>> = {
  killed: { killing: 0, attack: 1, strike: 1, wounding: 2 },
  wounded: { wounding: 0, attack: 1, strike: 1, killing: 2 },
  // Hostages held are what talks bargain over; an arrest beside them ("jailed prisoners in exchange for hostages") is the price.
  hostages: { attack: 0, negotiation: 0, arrest: 1, agreement: 1 },
  targets: { strike: 0, attack: 0 },
  munitions: { strike: 0, attack: 0 },
  attacks: { attack: 0, strike: 0 },
  troops: { deployment: 0, withdrawal: 0, killing: 1, wounding: 1, attack: 2, strike: 2 },
};

const UNFIT = 9;

function fit(unit: FigureUnit, type: EventType): number {
  const table = FIT[unit];
  return table ? (table[type] ?? UNFIT) : 0;
}

/** For each event index (among `eligible`), the indices of the figures that belong to it. */
export function attachFigures(
  events: readonly EventMention[],
  figures: readonly Figure[],
  eligible: (event: number) => boolean = () => true,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  figures.forEach((figure, f) => {
    if (NO_EVENT_UNITS.has(figure.unit)) return;
    let best: { event: number; fit: number; distance: number } | null = null;
    events.forEach((event, e) => {
      if (event.sentence !== figure.sentence || event.type === 'statement' || event.modality === 'negated' || !eligible(e)) return;
      // A tally is made from one figure: it takes that one only, and takes it first.
      const score = event.type === 'tally' ? (figure.start >= event.start && figure.end <= event.end ? -1 : UNFIT) : fit(figure.unit, event.type);
      if (score === UNFIT) return;
      const distance = Math.min(Math.abs(event.start - figure.end), Math.abs(figure.start - event.end));
      if (!best || score < best.fit || (score === best.fit && distance < best.distance)) best = { event: e, fit: score, distance };
    });
    if (best === null) return;
    const chosen: number = (best as { event: number }).event;
    out.set(chosen, [...(out.get(chosen) ?? []), f]);
  });
  return out;
}
