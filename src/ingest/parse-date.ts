/**
 * Calendar dates as printed in news datelines and front matter → ISO `YYYY-MM-DD`.
 * Only full dates (day, month and year) are accepted: a publication date needs a day.
 * Ambiguous all-numeric forms (02/03/2024) are refused rather than guessed.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** Printed date forms; each names the capture order of day, month and year. */
const DATE_FORMS: readonly { readonly pattern: RegExp; readonly order: 'dmy' | 'mdy' | 'ymd' }[] = [
  // 2024-02-02, 2024/02/02, 2024-02-02T10:00:00Z
  { pattern: /(?<![\d-])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/, order: 'ymd' },
  // 02 February, 2024 · 2 Feb 2024 · 2nd of February 2024
  { pattern: new RegExp(`\\b${DAY}(?:\\s+of)?[\\s-]+${MONTH}(?![a-z])[\\s,-]+${YEAR}\\b`, 'i'), order: 'dmy' },
  // February 26, 2021 · Feb. 2, 2024 · Feb 8th 2024
  { pattern: new RegExp(`\\b${MONTH}(?![a-z])\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), order: 'mdy' },
];

export interface DateMatch {
  /** ISO calendar date. */
  readonly value: string;
  /** The matched text. */
  readonly text: string;
  readonly index: number;
}

/** Finds the first full, possible calendar date in `text`, or null. */
export function findDate(text: string): DateMatch | null {
  let best: DateMatch | null = null;
  for (const { pattern, order } of DATE_FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [a, b, c] = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
    const parts = order === 'ymd' ? { y: a, m: b, d: c } : order === 'dmy' ? { d: a, m: b, y: c } : { m: a, d: b, y: c };
    const value = isoDate(Number(parts.y), monthNumber(parts.m), Number(parts.d));
    if (value && (!best || match.index < best.index)) best = { value, text: match[0], index: match.index };
  }
  return best;
}

/** Parses text that should be exactly one date (front matter); null when it is not a possible date. */
export function parseDate(text: string): string | null {
  return findDate(text)?.value ?? null;
}

/** YYYY-MM-DD for a real calendar day in a plausible range for news, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  return MONTHS[token.toLowerCase().replace(/\.$/, '')] ?? 0;
}
