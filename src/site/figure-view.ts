/** A numeric claim as a reader would say it: qualifier, number, counted noun ("more than 40 people"). */
import type { Figure } from '../model.ts';
import { FIGURE_UNIT_LABELS } from './event-labels.ts';
import type { FigureView } from './view-models.ts';

export function figureText(figure: Pick<Figure, 'text' | 'value' | 'qualifier' | 'noun' | 'unit'>): string {
  // A vague amount ("dozens") is its own qualifier: say it once, as "dozens of strikes".
  const qualifier = figure.qualifier && figure.qualifier !== figure.text.toLowerCase() ? `${figure.qualifier} ` : '';
  const noun = figure.noun ?? (figure.unit === 'count' ? '' : FIGURE_UNIT_LABELS[figure.unit]);
  if (!noun) return `${qualifier}${figure.text}`;
  return `${qualifier}${figure.text}${figure.value === null && figure.noun ? ' of' : ''} ${noun}`;
}

/** `href` is the figure's sentence: a full URL on other pages, `#s-N` on the article's own page. */
export function figureView(figure: Figure, href: string): FigureView {
  return { text: figureText(figure), unit: FIGURE_UNIT_LABELS[figure.unit], href, sentenceNumber: figure.sentence + 1 };
}
