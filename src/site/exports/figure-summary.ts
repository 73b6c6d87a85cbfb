/** A report's figures in one cell: "wounded=more than 40;killed=3", in the order given. */
import type { Figure } from '../../model.ts';

export function figureSummary(figures: readonly Figure[]): string | null {
  if (figures.length === 0) return null;
  return figures.map((f) => `${f.unit}=${amount(f)}`).join(';');
}

/** "34", "more than 40", "dozens" (a vague amount has no value, only its qualifier). */
function amount(figure: Figure): string {
  if (figure.value === null) return figure.qualifier ?? figure.text;
  return figure.qualifier ? `${figure.qualifier} ${figure.value}` : String(figure.value);
}
