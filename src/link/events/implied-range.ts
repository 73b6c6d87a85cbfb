/**
 * The range of true values a hedged figure allows: "about 85" → 76.5–93.5, "more than 40" →
 * above 40, "up to 10" → 0–10. `openFactor` bounds open-ended hedges ("more than 40" → at most
 * 40 × factor) where an unbounded range would match anything larger.
 */
import type { FigureQualifier } from '../../model.ts';

export function impliedRange(value: number, qualifier: FigureQualifier | null, openFactor = Infinity): readonly [number, number] {
  const above = (from: number): readonly [number, number] => [from, Number.isFinite(openFactor) ? value * openFactor : Infinity];
  const step = Math.min(1, value * 0.01);
  switch (qualifier) {
    case 'about':
      return [value * 0.9, value * 1.1];
    case 'more than':
      return above(value + step);
    case 'at least':
      return above(value);
    case 'nearly':
      return [value * 0.9, value];
    case 'up to':
      return [0, value];
    case 'fewer than':
      return [0, value - step];
    default:
      return [value, value];
  }
}
