/**
 * Holidays. Fixed-date ones ("Christmas" 12-25, "New Year's Day" 01-01) and Easter and the
 * days counted from it (a formula, not a table) resolve like a year-less date: the latest
 * one on or before publication unless the clause is future. Holidays that follow a lunar or
 * national calendar ("Ramadan", "Thanksgiving") are tagged with an underspecified value
 * (TIMEX3 XXXX-XX-XX, or the year when one is written): newsweave carries no holiday table.
 */
import { addDays, easterSunday, formatDate, type CalendarDate } from '../../time/calendar.ts';
import { attributiveAfter } from './attributive.ts';
import { insideProperName } from './name-runs.ts';
import { dayOfYearlyEvent, yearlessDirection, type Direction } from './resolve.ts';
import {
  describeDay, directionWords, matchedText, statedFound, textBefore, unresolvedFound, vagueFound,
  type Found, type MatchContext, type Rule,
} from './rule.ts';

const SP = '[ \\u00a0]+';
const YEAR = '((?:1[5-9]|20)\\d\\d)(?![\\d%])';
const APOSTROPHE = "['’]";

/** Month and day of holidays with a fixed Gregorian date. */
const FIXED: readonly [RegExp, number, number][] = [
  [/^Christmas Eve$/, 12, 24],
  [/^(Christmas|Christmas Day|Xmas)$/, 12, 25],
  [/^Boxing Day$/, 12, 26],
  [/^New Year's Eve$/, 12, 31],
  [/^New Year's( Day)?$/, 1, 1],
  [/^Orthodox Christmas$/, 1, 7],
  [/^(St\.? |Saint )?Valentine's Day$/, 2, 14],
  [/^(St\.? |Saint )?Patrick's Day$/, 3, 17],
  [/^May Day$/, 5, 1],
  [/^Bastille Day$/, 7, 14],
  [/^Halloween$/, 10, 31],
  [/^(Armistice|Veterans|Remembrance) Day$/, 11, 11],
];

/** Days counted from Western Easter Sunday. */
const FROM_EASTER: readonly [RegExp, number][] = [
  [/^Ash Wednesday$/, -46],
  [/^Palm Sunday$/, -7],
  [/^(Maundy|Holy) Thursday$/, -3],
  [/^Good Friday$/, -2],
  [/^Easter( Sunday)?$/, 0],
  [/^Easter Monday$/, 1],
  [/^(Pentecost|Whit Sunday)$/, 49],
];

/** Written capitalised, as names are; the case-sensitive pattern keeps "easter" winds out. */
const NAMES = [
  'Christmas Eve', 'Christmas Day', 'Orthodox Christmas', 'Christmas', 'Xmas', 'Boxing Day',
  `New Year${APOSTROPHE}s Eve`, `New Year${APOSTROPHE}s Day`, `New Year${APOSTROPHE}s`,
  `(?:St\\.? |Saint )?Valentine${APOSTROPHE}s Day`, `(?:St\\.? |Saint )?Patrick${APOSTROPHE}s Day`, 'May Day',
  'Bastille Day', 'Halloween', 'Armistice Day', 'Veterans Day', 'Remembrance Day', 'Ash Wednesday',
  'Palm Sunday', 'Maundy Thursday', 'Holy Thursday', 'Good Friday', 'Easter Sunday', 'Easter Monday',
  'Easter', 'Pentecost', 'Whit Sunday',
  // Moving: lunar, lunisolar or national calendars.
  'Ramadan', 'Eid(?:[ -](?:al|ul|el)[ -](?:Fitr|Adha))?', 'Passover', 'Hanukkah', 'Chanukah', 'Rosh Hashanah',
  'Yom Kippur', 'Sukkot', 'Purim', 'Diwali', 'Holi', 'Vesak', 'Nowruz', 'Lunar New Year', 'Chinese New Year',
  'Tet', 'Thanksgiving(?: Day)?', 'Memorial Day', 'Labou?r Day', 'Independence Day', `Mother${APOSTROPHE}s Day`,
  `Father${APOSTROPHE}s Day`, 'Orthodox Easter',
];

const ONE_WORD_HOLIDAY = new RegExp(`^(?:${NAMES.join('|')})$`);

/** A one-word holiday name as written ("Christmas", "Ramadan"), for readers of single tokens. */
export function isHolidayWord(word: string): boolean {
  return ONE_WORD_HOLIDAY.test(word);
}

/** A date context before a holiday name that could be something else ("Holi", "Tet", "Easter"). */
const DATE_CONTEXT = /\b(on|at|over|during|before|after|by|until|till|since|for|around|ahead of|through|throughout|of|last|next|this|beyond|past|following)\s+$|\b(a|an)\s+[a-z]+\s+$/i;

function fixedDate(name: string): ((year: number) => CalendarDate) | null {
  const key = name.replace(/’/g, "'");
  for (const [re, month, day] of FIXED) if (re.test(key)) return (year) => ({ year, month, day });
  for (const [re, offset] of FROM_EASTER) if (re.test(key)) return (year) => addDays(easterSunday(year), offset);
  return null;
}

function holidayFound(ctx: MatchContext, name: string, relation: string | undefined, year: string | undefined): Found | null {
  const text = matchedText(ctx);
  const dateIn = fixedDate(name);
  if (!dateIn) {
    if (year) return { ...statedFound(text, 'date', year, 'year'), explanation: `'${text}' names a holiday of a moving calendar; only its year ${year} is known without a holiday table` };
    return vagueFound(text, 'date', 'XXXX-XX-XX', 'a holiday of a lunar or national calendar: its day needs a holiday table, which newsweave does not carry');
  }
  if (year) return statedFound(text, 'date', formatDate(dateIn(Number(year))), 'day', `${name} falls on that day every year`);
  const d0 = dateIn(2024);
  if (!ctx.published) return unresolvedFound(text, 'date', `XXXX-${String(d0.month).padStart(2, '0')}-${String(d0.day).padStart(2, '0')}`, 'day');
  const rel = relation?.toLowerCase();
  const direction: Direction = rel === 'last' ? 'past' : rel === 'next' ? 'future' : /\bsince\s+$/i.test(textBefore(ctx)) ? 'past' : yearlessDirection(ctx.tense);
  const day = dayOfYearlyEvent(ctx.published, direction, dateIn);
  if (!day) return null;
  return {
    type: 'date',
    value: formatDate(day),
    precision: 'day',
    basis: 'year-inferred',
    explanation: `'${text}' is ${name} (same date every year, or counted from Easter) with no year; took ${day.year}, ${rel ? `the ${rel} one from` : directionWords(direction, ctx.tense)} ${describeDay(ctx.published)}`,
    anchor: formatDate(ctx.published),
  };
}

export const holidayRules: readonly Rule[] = [
  {
    name: 'holiday',
    pattern: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his)${SP})?(${NAMES.join('|')})(?![A-Za-z])(?:,?${SP}${YEAR})?`, 'g'),
    build: (ctx) => {
      const [, relation, name = '', year] = ctx.match;
      const before = textBefore(ctx, 20);
      // "Christmas Island", "Easter Rising": a capitalised word after makes a name.
      const next = /^[ \u00a0]+([A-Z][a-z]+)/.exec(ctx.text.slice(ctx.end, ctx.end + 20))?.[1];
      if (next && !year) return null;
      // "a Christmas tree", "Passover meal": a one-word name modifying a noun; "the Christmas Day
      // attack" still names the day.
      if (!year && !/(Day|Eve|day)$/.test(name) && attributiveAfter(ctx)) return null;
      // Short or common names need a date context: "Holi", "Tet", "Easter", "Eid".
      if (/^(Holi|Tet|Purim|Eid|Easter|Pentecost|Christmas|Thanksgiving)$/.test(name) && !relation && !year && !DATE_CONTEXT.test(before)) return null;
      if (!relation && insideProperName(ctx.text, ctx.start, ctx.start + name.length, ctx.sentenceStart)) return null;
      return holidayFound(ctx, name, relation, year);
    },
  },
];
