/**
 * Whether a TIMEX3-style value is also a valid HTML `datetime` attribute value, so it can go
 * on a `<time>` element. Vague and partial values (PAST_REF, XXXX-01-28, 2024-Q1, 2024-02-02TMO)
 * are not, and neither are durations with years, months or weeks (HTML has no such durations).
 */
const YEAR = '(\\d{4,})';
const PATTERNS: readonly RegExp[] = [
  new RegExp(`^${YEAR}$`),
  new RegExp(`^${YEAR}-(\\d{2})$`),
  new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})$`),
  new RegExp(`^${YEAR}-W(\\d{2})$`),
  new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?$`),
];
const DURATION = /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,3})?S)?)?$/;

export function htmlDatetime(value: string): boolean {
  if (DURATION.test(value)) return value !== 'P' && !value.endsWith('T');
  for (const [index, pattern] of PATTERNS.entries()) {
    const match = pattern.exec(value);
    if (!match) continue;
    const year = Number(match[1]);
    if (year === 0) return false;
    if (index === 3) return Number(match[2]) >= 1 && Number(match[2]) <= weeksInYear(year);
    if (index === 0) return true;
    const month = Number(match[2]);
    if (month < 1 || month > 12) return false;
    if (index === 1) return true;
    const day = Number(match[3]);
    return day >= 1 && day <= daysInMonth(year, month);
  }
  return false;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO years have 53 weeks when 1 January is a Thursday, or a Wednesday in a leap year. */
function weeksInYear(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = daysInMonth(year, 2) === 29;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}
