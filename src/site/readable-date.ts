/**
 * Plain-English rendering of a TIMEX3-style value of any precision ("2 February 2024",
 * "February 2024", "week 5 of 2024", "spring 2024", "3 days"). Month names are fixed English
 * rather than `Intl`, so output does not depend on the machine's locale.
 */
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const SEASONS: Readonly<Record<string, string>> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime',
};
const VAGUE: Readonly<Record<string, string>> = {
  PAST_REF: 'the past', PRESENT_REF: 'the present', FUTURE_REF: 'the future',
};
const DURATION_UNITS: Readonly<Record<string, readonly [string, string]>> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  H: ['hour', 'hours'], TM: ['minute', 'minutes'], S: ['second', 'seconds'],
};

export function readableDate(value: string): string {
  const vague = VAGUE[value];
  if (vague) return vague;
  if (value.startsWith('P')) return readableDuration(value);

  let match = /^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$/.exec(value);
  if (match) {
    const date = `${Number(match[3])} ${monthName(match[2])} ${match[1]}`;
    return match[4] ? `${date}, ${readableTimeOfDay(match[4])}` : date;
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) return `${monthName(match[2])} ${match[1]}`;
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) return `week ${Number(match[2])} of ${match[1]}`;
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) return `Q${match[2]} ${match[1]}`;
  match = /^(\d{4})-H([12])$/.exec(value);
  if (match) return `${match[2] === '1' ? 'first' : 'second'} half of ${match[1]}`;
  match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (match) return `${SEASONS[match[2]!]} ${match[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${value}00s`;
  return value;
}

function monthName(twoDigits: string | undefined): string {
  return MONTHS[Number(twoDigits) - 1] ?? `month ${twoDigits}`;
}

function readableTimeOfDay(time: string): string {
  return PARTS_OF_DAY[time] ?? time;
}

function readableDuration(value: string): string {
  const parts: string[] = [];
  const [datePart = '', timePart = ''] = value.slice(1).split('T');
  for (const [, amount, unit] of datePart.matchAll(/(\d+(?:\.\d+)?|X)([YMWD])/g)) {
    parts.push(countOf(amount!, unit!));
  }
  for (const [, amount, unit] of timePart.matchAll(/(\d+(?:\.\d+)?|X)([HMS])/g)) {
    parts.push(countOf(amount!, unit === 'M' ? 'TM' : unit!));
  }
  return parts.length > 0 ? parts.join(' ') : value;
}

function countOf(amount: string, unit: string): string {
  const [one, many] = DURATION_UNITS[unit] ?? [unit, unit];
  if (amount === 'X') return `some ${many}`;
  return `${amount} ${amount === '1' ? one : many}`;
}
