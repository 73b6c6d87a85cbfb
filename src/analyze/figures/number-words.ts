/** Written numbers ("three", "twenty-five", "two dozen") and numeral strings ("2,500", "1.5"). */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  bn: 1_000_000_000, m: 1_000_000, k: 1_000, mn: 1_000_000, tn: 1_000_000_000_000,
};
const FRACTIONS: Readonly<Record<string, number>> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5 };

/** "three" → 3, "twenty-five" → 25, "a dozen" is handled by the caller; null when not a number word. */
export function wordNumber(lower: string): number | null {
  if (lower in UNITS) return UNITS[lower]!;
  if (lower in TENS) return TENS[lower]!;
  const [tens, unit] = lower.split('-');
  if (tens && unit && tens in TENS && unit in UNITS && UNITS[unit]! < 10) return TENS[tens]! + UNITS[unit]!;
  return null;
}

/** "two-thirds" → 0.667, "one-third" → 0.333; null otherwise. Rounded to three decimals. */
export function fractionWord(lower: string): number | null {
  const [count, part] = lower.split('-');
  if (!count || !part || !(part in FRACTIONS)) return null;
  const n = count === 'a' ? 1 : wordNumber(count);
  return n === null ? null : Math.round((1000 * n) / FRACTIONS[part]!) / 1000;
}

/** "2,500" → 2500, "2.3" → 2.3; null when the commas are not thousands separators. */
export function numeral(text: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}
