/**
 * Words of time: month and weekday names, number words, calendar units, and the regular
 * expression fragments built from them. Case-insensitive fragments; rules check case.
 */

const MONTH_BY_WORD: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Month number of a name or abbreviation ("Feb.", "sept"), or null. */
export function monthNumber(word: string): number | null {
  return MONTH_BY_WORD[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Full names first so alternation prefers "March" to "Mar". */
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])`;

const WEEKDAY_BY_WORD: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** ISO weekday number (Monday = 1) of a weekday name, or null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAY_BY_WORD[word.toLowerCase()] ?? null;
}

export const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])`;

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100,
  'one hundred': 100, 'a dozen': 12, dozen: 12, 'a couple of': 2, 'a couple': 2, 'a single': 1,
};

/** Quantity words that stand for an unspecified number: TIMEX3 writes these as X. */
const VAGUE_QUANTITIES = new Set([
  'several', 'few', 'a few', 'some', 'many', 'a number of', 'numerous', 'dozens of', 'a couple of',
]);

/**
 * Numeric value of a quantity phrase: 40, "forty", "forty-two", "a", "a dozen";
 * 'X' for "several", "a few"; null when it is not a quantity.
 */
export function quantityValue(phrase: string): number | 'X' | null {
  const p = phrase.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d{1,3}(,\d{3})*$|^\d+$/.test(p)) return Number(p.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(p)) return Number(p);
  if (p === 'a couple of' || p === 'a couple') return 2;
  if (VAGUE_QUANTITIES.has(p)) return 'X';
  const direct = SMALL_NUMBERS[p];
  if (direct !== undefined) return direct;
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(p);
  if (compound) return (SMALL_NUMBERS[compound[1] ?? ''] ?? 0) + (SMALL_NUMBERS[compound[2] ?? ''] ?? 0);
  return null;
}

const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A quantity: digits, number words (incl. "twenty-five"), "a", "several", "a few" … */
export const QUANTITY = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${TENS.join('|')})(?:[- ](?:${UNIT_WORDS.join('|')}))?|a couple of|a couple|a dozen|a hundred|one hundred|a few|a number of|a single|dozens of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|several|few|some|many|numerous)`;

/** TIMEX3 unit letter(s) of a calendar unit word, and whether it is a clock unit (PT…). */
export interface UnitInfo {
  readonly code: string;
  readonly clock: boolean;
  readonly name: TimeUnit;
}

export type TimeUnit =
  | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'fortnight'
  | 'month' | 'quarter' | 'year' | 'decade' | 'century';

const UNITS: Readonly<Record<string, UnitInfo>> = {
  second: { code: 'S', clock: true, name: 'second' },
  minute: { code: 'M', clock: true, name: 'minute' },
  hour: { code: 'H', clock: true, name: 'hour' },
  day: { code: 'D', clock: false, name: 'day' },
  week: { code: 'W', clock: false, name: 'week' },
  weekend: { code: 'WE', clock: false, name: 'weekend' },
  fortnight: { code: 'W', clock: false, name: 'fortnight' },
  month: { code: 'M', clock: false, name: 'month' },
  quarter: { code: 'Q', clock: false, name: 'quarter' },
  year: { code: 'Y', clock: false, name: 'year' },
  decade: { code: 'DE', clock: false, name: 'decade' },
  century: { code: 'CE', clock: false, name: 'century' },
};

/** Unit of "days", "Year", "centuries" …, or null. */
export function unitInfo(word: string): UnitInfo | null {
  const w = word.toLowerCase();
  const singular = w === 'centuries' ? 'century' : w.replace(/s$/, '');
  return UNITS[singular] ?? null;
}

export const UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)(?![a-z])`;

/** Plural units only, for bare "for years", "days after". */
export const PLURAL_UNIT = String.raw`(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![a-z])`;

/** Approximation words TimeML keeps inside the expression ("nearly four months ago"). */
export const APPROXIMATOR = String.raw`(?:about|around|approximately|roughly|nearly|almost|some|more than|less than|fewer than|at least|at most|up to|just over|just under|well over|only|just|barely)`;

export const SEASON_CODES: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

export const SEASON = String.raw`(?:spring|summer|autumn|fall|winter)(?![a-z])`;

/** Day-part words and their TIMEX3 codes (2024-02-02TNI). */
export const DAY_PART_CODES: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

export const DAY_PART = String.raw`(?:morning|afternoon|evening|night)(?![a-z])`;

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

export function ordinalValue(word: string): number | null {
  return ORDINALS[word.toLowerCase()] ?? null;
}
