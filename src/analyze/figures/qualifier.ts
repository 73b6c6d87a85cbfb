/** The hedge before an amount: "more than", "at least", "about", "nearly", "up to", "fewer than". */
import type { FigureQualifier } from '../../model.ts';
import type { Word } from './words.ts';

const PHRASES: ReadonlyArray<[readonly string[], FigureQualifier]> = [
  [['no', 'fewer', 'than'], 'at least'],
  [['no', 'less', 'than'], 'at least'],
  [['in', 'excess', 'of'], 'more than'],
  [['an', 'estimated'], 'about'],
  [['as', 'many', 'as'], 'up to'],
  [['more', 'than'], 'more than'],
  [['upwards', 'of'], 'more than'],
  [['at', 'least'], 'at least'],
  [['up', 'to'], 'up to'],
  [['fewer', 'than'], 'fewer than'],
  [['less', 'than'], 'fewer than'],
  [['close', 'to'], 'nearly'],
  [['over'], 'more than'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['~'], 'about'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['under'], 'fewer than'],
];

export interface FoundQualifier {
  readonly qualifier: FigureQualifier;
  /** Index of the qualifier's first word. */
  readonly first: number;
}

/** The qualifier that ends right before word `index` (a "the" in between is allowed: "the more than 100"). */
export function qualifierBefore(words: readonly Word[], index: number): FoundQualifier | null {
  for (const [phrase, qualifier] of PHRASES) {
    const first = index - phrase.length;
    if (first < 0) continue;
    if (phrase.every((p, k) => words[first + k]!.lower === p)) return { qualifier, first };
  }
  return null;
}
