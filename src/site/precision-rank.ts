/** Finer precisions first: how items starting on the same day are ordered. */
import type { Precision } from '../model.ts';

export const PRECISION_RANK: Readonly<Record<Precision, number>> = {
  time: 0, day: 1, week: 2, month: 3, quarter: 4, season: 5, year: 6, decade: 7, century: 8,
};
