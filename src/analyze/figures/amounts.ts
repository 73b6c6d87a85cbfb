/**
 * Reads the amount that starts at one word: a numeral ("2,500", "2.3 million", "$ 2 billion",
 * "135-day"), a written number ("three", "two dozen", "half a dozen", "a score of"), a fraction
 * ("two-thirds", "half of") or a vague amount ("dozens of", "several"). Leaves out what is not
 * a count: years, dates, clock times, ordinals, calibres and model numbers ("107mm", "F-16").
 */
import type { FigureQualifier, FigureUnit } from '../../model.ts';
import { fractionWord, numeral, SCALES, wordNumber } from './number-words.ts';
import type { Word } from './words.ts';

export interface Amount {
  /** Word indices of the amount, inclusive (a closing "of" included: "dozens of"). */
  readonly first: number;
  readonly last: number;
  readonly value: number | null;
  /** A unit the amount fixes itself ("$" → money, "%" → percent, "135-day" → days). */
  readonly unit?: FigureUnit;
  /** A vague amount's own qualifier ("dozens"). */
  readonly vague?: FigureQualifier;
  /** True for a written number (counts only with a noun or a casualty verb). */
  readonly written: boolean;
  /** Whether the value is a calendar year-like number that needs a counted noun to count. */
  readonly yearLike: boolean;
}

const MONTHS = /(?:^|-)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;
const CLOCK = /^(?:a\.m|p\.m|am|pm|gmt|utc|o'clock|hrs|bst|est|et)\.?$/;
const VAGUE: ReadonlyArray<[readonly string[], FigureQualifier]> = [
  [['hundreds', 'of', 'thousands', 'of'], 'hundreds of thousands'],
  [['tens', 'of', 'thousands', 'of'], 'tens of thousands'],
  [['dozens', 'of'], 'dozens'],
  [['scores', 'of'], 'dozens'],
  [['hundreds', 'of'], 'hundreds'],
  [['thousands', 'of'], 'thousands'],
  [['millions', 'of'], 'millions'],
  [['several'], 'several'],
];

export function readAmount(words: readonly Word[], i: number): Amount | null {
  const w = words[i];
  if (!w) return null;
  const at = (k: number): string => words[k]?.lower ?? '';
  const adjacent = (a: number, b: number): boolean => (words[a]?.end ?? -1) === (words[b]?.start ?? -2);

  for (const [seq, vague] of VAGUE) {
    if (seq.every((s, k) => at(i + k) === s)) {
      return { first: i, last: i + seq.length - 1, value: null, vague, written: true, yearLike: false };
    }
  }
  if (w.lower === '$' || w.lower === '£' || w.lower === '€') {
    const n = numeral(words[i + 1]?.text ?? '');
    if (n === null) return null;
    const scale = SCALES[at(i + 2)];
    return scale && at(i + 2).length > 1
      ? { first: i, last: i + 2, value: n * scale, unit: 'money', written: false, yearLike: false }
      : { first: i, last: i + 1, value: n, unit: 'money', written: false, yearLike: false };
  }
  if (/^\d/.test(w.text)) return readNumeral(words, i, at, adjacent);
  if (w.lower === 'a' && at(i + 1) === 'dozen') return { first: i, last: i + 1, value: 12, written: true, yearLike: false };
  if (w.lower === 'a' && at(i + 1) === 'score' && at(i + 2) === 'of') return { first: i, last: i + 2, value: 20, written: true, yearLike: false };
  if (w.lower === 'half' && at(i + 1) === 'a' && at(i + 2) === 'dozen') return { first: i, last: i + 2, value: 6, written: true, yearLike: false };
  if (w.lower === 'half' && at(i + 1) === 'of') return { first: i, last: i, value: 0.5, unit: 'fraction', written: true, yearLike: false };
  const fraction = fractionWord(w.lower);
  if (fraction !== null && at(i + 1) === 'of') return { first: i, last: i, value: fraction, unit: 'fraction', written: true, yearLike: false };
  const n = wordNumber(w.lower);
  if (n === null) return null;
  if (at(i + 1) === 'dozen') return { first: i, last: i + 1, value: n * 12, written: true, yearLike: false };
  const scale = SCALES[at(i + 1)];
  if (scale && at(i + 1).length > 2) return { first: i, last: i + 1, value: n * scale, written: true, yearLike: false };
  return { first: i, last: i, value: n, written: true, yearLike: false };
}

function readNumeral(
  words: readonly Word[],
  i: number,
  at: (k: number) => string,
  adjacent: (a: number, b: number) => boolean,
): Amount | null {
  const w = words[i]!;
  const [, digits = '', suffix = ''] = /^(\d[\d,]*(?:\.\d+)?)(.*)$/.exec(w.text) ?? [];
  const n = numeral(digits);
  if (n === null) return null;
  // Model numbers and codes: "F-16", "MQ-9", "555-0100", "10:30", "3/4".
  if (at(i - 1) === '-' && adjacent(i - 2, i - 1) && adjacent(i - 1, i)) return null;
  if ((at(i + 1) === '-' || at(i + 1) === ':' || at(i + 1) === '/') && adjacent(i, i + 1) && /^\d/.test(at(i + 2))) return null;
  if (at(i - 1) === ':' || at(i - 1) === '/') return null;
  const wordBefore = at(i - 1) === '.' ? at(i - 2) : at(i - 1);
  if (MONTHS.test(wordBefore) || MONTHS.test(at(i + 1)) || CLOCK.test(at(i + 1))) return null;
  // A number after a capitalised word labels it: "Gate 14", "Camp 7", "Resolution 2334".
  if (i > 1 && /^[A-Z][a-z]+$/.test(words[i - 1]!.text) && adjacentSpace(words, i - 1, i) && !/^[.!?:;"“]$/.test(at(i - 2))) return null;
  const base = { first: i, last: i, written: false, yearLike: false } as const;
  if (suffix === '%') return { ...base, value: n, unit: 'percent' };
  if (/^[-–]year[-–]old$/i.test(suffix)) return { ...base, value: n, unit: 'age' };
  if (/^[-–](?:day|week|month|hour)s?$/i.test(suffix)) return { ...base, value: n, unit: 'days' };
  const suffixScale = SCALES[suffix.toLowerCase()];
  if (suffix !== '' && !(suffixScale && at(i - 1) === '$')) return null;
  if (suffixScale) return { ...base, value: n * suffixScale };
  if (at(i + 1) === 'percent' || (at(i + 1) === 'per' && at(i + 2) === 'cent')) {
    return { ...base, last: at(i + 1) === 'per' ? i + 2 : i + 1, value: n, unit: 'percent' };
  }
  const scale = SCALES[at(i + 1)];
  if (scale && at(i + 1).length > 2) return { ...base, last: i + 1, value: n * scale };
  const yearLike = /^\d{4}$/.test(digits) && n >= 1800 && n <= 2100;
  return { ...base, value: n, yearLike };
}

/** True when only spaces separate two words. */
function adjacentSpace(words: readonly Word[], a: number, b: number): boolean {
  return (words[b]?.start ?? 0) - (words[a]?.end ?? 0) === 1;
}
