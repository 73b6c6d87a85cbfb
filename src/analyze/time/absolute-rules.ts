/**
 * Calendar dates written out: full dates, year-less dates, months, years, decades,
 * seasons and quarters. A missing year is inferred from the publication date and the
 * clause tense; an impossible date ("February 30") is rejected, never emitted.
 */
import { formatDate, formatMonth, isValidDate, quarterOf, type CalendarDate } from '../../time/calendar.ts';
import { MONTH, MONTH_NAMES, SEASON, SEASON_CODES, WEEKDAY, monthNumber, ordinalValue } from './lexicon.ts';
import { numberAfterName } from './name-runs.ts';
import { directionOf, yearForMonth, yearForMonthDay, yearlessDirection, type Direction } from './resolve.ts';
import { attributiveAfter } from './attributive.ts';
import {
  describeDay, directionWords, isCapitalised, matchedText, relativeFound, statedFound,
  textBefore, unresolvedFound, type Found, type MatchContext, type Rule,
} from './rule.ts';

const SP = '[ \\u00a0]+';
const YEAR = '((?:1[5-9]|20)\\d\\d|2100)(?![\\d%])';
const MODIFIER = '(?:(early|mid|late)[- ]?|the (?:end|beginning|start|middle) of )';

const MODIFIER_WORDS: Readonly<Record<string, string>> = {
  early: 'the early part', mid: 'the middle', late: 'the late part',
};

function modifierNote(modifier: string | undefined, text = ''): string {
  const part = /^the (end|beginning|start|middle) of/i.exec(text)?.[1];
  if (part) return `; '${part}' narrows it to that part`;
  if (!modifier) return '';
  const key = modifier.toLowerCase().trim();
  return MODIFIER_WORDS[key] ? `; '${modifier}' narrows it to ${MODIFIER_WORDS[key]}` : '';
}

/** A context word that makes a bare month or number a date. */
const DATE_PREPOSITION = /\b(in|since|by|until|till|from|through|throughout|during|before|after|of|between|around|circa|on|last|next|this|early|mid|late|as of)\s+$/i;

/** "since October" always looks back, whatever the verb; otherwise past unless the clause is future. */
function directionFor(ctx: MatchContext): Direction {
  if (/\bsince\s+$/i.test(textBefore(ctx))) return 'past';
  return yearlessDirection(ctx.tense);
}

/** "April 20 this year", "March 3 last year": the year a relative year word right after names. */
function yearWordAfter(ctx: MatchContext): number | null {
  const word = /^,?[ \u00a0]+(?:of[ \u00a0]+)?(last|this|next)[ \u00a0]+year\b/i.exec(ctx.text.slice(ctx.end, ctx.end + 20))?.[1];
  if (!word || !ctx.published) return null;
  return ctx.published.year + (word.toLowerCase() === 'last' ? -1 : word.toLowerCase() === 'next' ? 1 : 0);
}

function monthDayFound(ctx: MatchContext, month: number, day: number, year: string | undefined): Found | null {
  const text = matchedText(ctx);
  const named = year ? null : yearWordAfter(ctx);
  if (named !== null) {
    if (!isValidDate(named, month, day)) return null;
    return relativeFound(ctx, text, 'date', formatDate({ year: named, month, day }), 'day', `the year is the one named right after it (${named})`);
  }
  if (year) {
    const y = Number(year);
    if (!isValidDate(y, month, day)) return null;
    return statedFound(text, 'date', formatDate({ year: y, month, day }), 'day');
  }
  // A day that exists in no year (February 30) or only in leap years is checked below.
  if (!isValidDate(2024, month, day)) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (!ctx.published) return unresolvedFound(text, 'date', `XXXX-${pad(month)}-${pad(day)}`, 'day');
  const direction = directionFor(ctx);
  const y = yearForMonthDay(ctx.published, month, day, direction);
  if (y === null) return null;
  return {
    type: 'date',
    value: formatDate({ year: y, month, day }),
    precision: 'day',
    basis: 'year-inferred',
    explanation: `'${text}' gives no year; took ${y}, ${directionWords(direction, ctx.tense)} ${describeDay(ctx.published)}`,
    anchor: formatDate(ctx.published),
  };
}

function monthFound(ctx: MatchContext, monthWord: string, modifier: string | undefined, relation: string | undefined): Found | null {
  const month = monthNumber(monthWord);
  if (!month) return null;
  const text = matchedText(ctx);
  const pad = String(month).padStart(2, '0');
  if (!ctx.published) return unresolvedFound(text, 'date', `XXXX-${pad}`, 'month');
  const anchor: CalendarDate = ctx.published;
  const rel = relation?.toLowerCase();
  if (rel === 'last' || rel === 'next' || rel === 'this') {
    const year = rel === 'this' ? anchor.year
      : rel === 'last' ? (month < anchor.month ? anchor.year : anchor.year - 1)
      : (month > anchor.month ? anchor.year : anchor.year + 1);
    return relativeFound(ctx, text, 'date', formatMonth(year, month), 'month');
  }
  const direction = directionFor(ctx);
  const year = yearForMonth(anchor, month, direction);
  if (year === null) return null;
  return {
    type: 'date',
    value: formatMonth(year, month),
    precision: 'month',
    basis: 'year-inferred',
    explanation: `'${text}' gives no year; took ${MONTH_NAMES[month - 1]} ${year}, ${directionWords(direction, ctx.tense)} ${describeDay(anchor)}${modifierNote(modifier, text)}`,
    anchor: formatDate(anchor),
  };
}

const dayNumber = (s: string | undefined): number => Number(s ?? 'NaN');

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9, noughties: 0,
};

/** Words after a bare number that make it a count, not a year ("the 1500 metres"). */
const COUNT_NOUN = /^[ \u00a0]+(?:people|men|women|children|troops|soldiers|residents|metres|meters|miles|km|kilometres|kilometers|feet|votes|seats|cases|deaths|tonnes|tons|units|points|members|workers|jobs|homes|cars|families|dollars|euros|pounds)\b/i;

/**
 * A year used as a modifier between a determiner (and at most one adjective) and a noun:
 * "the 2019 election", "a planned 2014 poll", "its 2022 report". News writes counts of
 * a thousand or more with a comma, so a bare four-digit number there is a year.
 */
function attributiveYear(ctx: MatchContext): boolean {
  if (!/^(?:19|20)\d\d$/.test(matchedText(ctx))) return false;
  const before = textBefore(ctx, 30);
  if (!/\b(?:the|a|an|its|their|his|her|our|this|that)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$/i.test(before)) return false;
  const after = ctx.text.slice(ctx.end, ctx.end + 30);
  return /^[ \u00a0]+[a-z]/.test(after) && !COUNT_NOUN.test(after);
}

/**
 * Reported figures after a hyphenated quarter: "third-quarter profit", "fourth-quarter
 * earnings" are the quarter; "a fourth-quarter touchdown" or "a first-half goal" are not read.
 */
const QUARTER_FIGURES = String.raw`(?:earnings|profits?|results|revenues?|sales|net|loss(?:es)?|growth|gdp|output|figures|deliveries|production|income|margins?|dividends?|performance|numbers|shipments|orders|spending|deficit|surplus)\b`;

/** What may follow "for 2027" when it is a year: punctuation or a function word, not a noun ("for 2000 fans"). */
const YEAR_CLOSES = /^(?:[,.;:)!?]|$|[ \u00a0]+(?:and|or|to|as|in|at|on|but|when|after|before|from|is|was|were|are|will|would|has|had|if|with|because|than)\b)/i;

export const absoluteRules: readonly Rule[] = [
  {
    // "fiscal 2021", "fiscal year 2022", "FY2023", "FY24", "the 2021 fiscal year": TIMEX3 FY2021.
    name: 'fiscal-year',
    pattern: new RegExp(`\\b(?:[Ff]iscal(?:${SP}[Yy]ear)?${SP}${YEAR}|FY[ \\u00a0]?(?:${YEAR}|(\\d\\d)(?!\\d))|the${SP}${YEAR}${SP}fiscal${SP}year)`, 'g'),
    build: (ctx) => {
      const [text, a, b, short, c] = ctx.match;
      const year = a ?? b ?? c ?? (short ? `20${short}` : undefined);
      if (!year) return null;
      return { ...statedFound(text, 'date', `FY${year}`, 'year'), explanation: `'${text}' names the fiscal year ${year} (TIMEX3 FY${year})` };
    },
  },
  {
    // "March of last year", "June next year": the month of the year named after it.
    name: 'month-of-relative-year',
    pattern: new RegExp(`\\b(${MONTH}),?(?:${SP}of)?${SP}(last|this|next)${SP}year(?![a-z])`, 'gi'),
    build: (ctx) => {
      const [text, monthWord = '', relation = ''] = ctx.match;
      const month = monthNumber(monthWord);
      if (!month || !isCapitalised(monthWord)) return null;
      if (!ctx.published) return unresolvedFound(text, 'date', `XXXX-${String(month).padStart(2, '0')}`, 'month');
      const rel = relation.toLowerCase();
      const year = ctx.published.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      return relativeFound(ctx, text, 'date', formatMonth(year, month), 'month', `the month of ${rel} year`);
    },
  },
  {
    name: 'iso-date',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
    build: (ctx) => {
      const [, y, m, d] = ctx.match;
      const [year, month, day] = [Number(y), Number(m), Number(d)];
      if (!isValidDate(year, month, day)) return null;
      return statedFound(matchedText(ctx), 'date', formatDate({ year, month, day }), 'day');
    },
  },
  {
    // US order, the convention of English-language news: 2/8/2024.
    name: 'numeric-date',
    pattern: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
    build: (ctx) => {
      const [, a, b, y] = ctx.match;
      const [first, second, year] = [Number(a), Number(b), Number(y)];
      const [month, day] = first > 12 ? [second, first] : [first, second];
      if (!isValidDate(year, month, day)) return null;
      return statedFound(matchedText(ctx), 'date', formatDate({ year, month, day }), 'day', 'numeric, month first unless impossible');
    },
  },
  {
    // "Friday, Feb. 2, 2024", "January 28", "Feb 8th 2024", "mid-January 28" is not a thing.
    name: 'month-day',
    pattern: new RegExp(`\\b(?:${WEEKDAY},?${SP})?(${MONTH})${SP}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:%.,]\\d|\\d|[-–]\\d|[A-Za-z])(?:,?${SP}${YEAR})?`, 'gi'),
    build: (ctx) => {
      const [, monthWord = '', day, year] = ctx.match;
      const month = monthNumber(monthWord);
      if (!month || !isCapitalised(monthWord)) return null;
      return monthDayFound(ctx, month, dayNumber(day), year);
    },
  },
  {
    // "7 October", "02 February, 2024", "the 3rd of March".
    name: 'day-month',
    pattern: new RegExp(`(?<![\\d$£€.,:/-])\\b(?:the${SP})?(\\d{1,2})(?:st|nd|rd|th)?(?:${SP}of)?${SP}(${MONTH})(?:,?${SP}${YEAR})?`, 'gi'),
    build: (ctx) => {
      const [whole, day, monthWord = '', year] = ctx.match;
      const month = monthNumber(monthWord);
      if (!month || !isCapitalised(monthWord)) return null;
      if (/^the\b/i.test(whole) && !/\d(st|nd|rd|th)/i.test(whole)) return null;
      if (numberAfterName(ctx.text, ctx.start, ctx.sentenceStart)) return null;
      return monthDayFound(ctx, month, dayNumber(day), year);
    },
  },
  {
    name: 'month-year',
    pattern: new RegExp(`\\b${MODIFIER}?(${MONTH}),?(?:${SP}of)?${SP}${YEAR}`, 'gi'),
    build: (ctx) => {
      const [text, modifier, monthWord = '', year] = ctx.match;
      const month = monthNumber(monthWord);
      if (!month || !isCapitalised(monthWord)) return null;
      const found = statedFound(text, 'date', formatMonth(Number(year), month), 'month');
      return { ...found, explanation: found.explanation + modifierNote(modifier, text) };
    },
  },
  {
    // A month alone: "in October", "since mid-October", "last March".
    name: 'month',
    pattern: new RegExp(`\\b(?:(last|next|this)${SP}|${MODIFIER})?(${MONTH})(?!${SP}\\d|[-–]\\d)`, 'gi'),
    build: (ctx) => {
      const [, relation, modifier, monthWord = ''] = ctx.match;
      if (!isCapitalised(monthWord) || /\.$|^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(monthWord)) return null;
      const ambiguous = /^(may|march)$/i.test(monthWord);
      const before = textBefore(ctx);
      // "between March and May": a month listed after another; "their May meeting": a
      // capitalised month between a determiner and a noun (the verbs are written lower case).
      const listed = new RegExp(`${MONTH}[ \\u00a0]*(?:,|and|or|to|through|until|till|[-–])[ \\u00a0]*$`, 'i').test(before);
      const nextToken = ctx.tokens.find((t) => t.start > ctx.end && t.start <= ctx.end + 2);
      const modifiesNoun = /\b(?:the|their|its|his|her|our|this|next|last)[ \u00a0]+$/i.test(before) && /^[ \u00a0]+[a-z]/.test(ctx.text.slice(ctx.end, ctx.end + 3)) &&
        Boolean(nextToken?.tags.includes('Noun')) && !['Copula', 'Auxiliary', 'PastTense', 'Modal'].some((tag) => nextToken?.tags.includes(tag));
      const hasContext = Boolean(relation || modifier) || /^the /i.test(ctx.match[0]) || DATE_PREPOSITION.test(before) || listed || modifiesNoun;
      if (ambiguous && !hasContext) return null;
      // "May" after a capitalised word is a surname ("Theresa May").
      if (!hasContext && /[A-Z][a-z]+\s+$/.test(textBefore(ctx, 20))) return null;
      return monthFound(ctx, monthWord, modifier, relation);
    },
  },
  {
    // A bare year counts only in date context ("in 2019", "since 2003", "early 2023", "2019 to 2022").
    name: 'year',
    pattern: new RegExp(`(?<![\\d$£€#.,/:])\\b(?:${MODIFIER}|the year${SP})?${YEAR}(?!-year|\\.\\d|,\\d)`, 'gi'),
    build: (ctx) => {
      const [text, modifier, year = ''] = ctx.match;
      const before = textBefore(ctx, 30);
      const listed = /\b(?:1[5-9]|20)\d\d(?:\s*,)?\s*(?:to|and|or|through|until|till|[-–])\s*$/i.test(before);
      const opensRange = /^[-–](?:\d\d|(?:1[5-9]|20)\d\d)(?![\d%]|-year)/.exec(ctx.text.slice(ctx.end, ctx.end + 6));
      const end = opensRange ? opensRange[0].slice(1) : '';
      const laterEnd = end.length === 4 ? Number(end) > Number(year) : end.length === 2 && Number(end) > Number(year.slice(-2));
      // "a review is planned for 2027", "forecasts for 2025": not "for 1500 people".
      const forYear = /\bfor[ \u00a0]+$/i.test(before) && YEAR_CLOSES.test(ctx.text.slice(ctx.end, ctx.end + 12));
      // "shares ended 2023 up 11%", "the club began 2024 with a win": a year a period verb closes or opens.
      const periodVerb = /\b(?:ended|ends|closed|closes|finished|finishes|began|begins|started|starts|saw out|sees out)[ \u00a0]+$/i.test(before) &&
        /^[ \u00a0]+(?:up|down|higher|lower|with|on|in|as|by|at)\b|^[,.;]/i.test(ctx.text.slice(ctx.end, ctx.end + 10)) && !COUNT_NOUN.test(ctx.text.slice(ctx.end, ctx.end + 30));
      const context = Boolean(modifier) || /^the /i.test(text) || listed || laterEnd || forYear || periodVerb ||
        DATE_PREPOSITION.test(before) || /\(\s*$/.test(before) && /^\)/.test(ctx.text.slice(ctx.end));
      if (!context && !attributiveYear(ctx)) return null;
      if (!listed && !modifier && numberAfterName(ctx.text, ctx.start, ctx.sentenceStart)) return null;
      const found = statedFound(text, 'date', year, 'year');
      return { ...found, explanation: found.explanation + modifierNote(modifier, text) };
    },
  },
  {
    // "the 1990s" (value 199), "the early 2000s", "'90s"; not "the 1990s band" (see attributive.ts).
    name: 'decade',
    pattern: /\b(?:the[ \u00a0]+)?(?:(early|mid|late)[- ]?)?(?:(1[0-9]|20)(\d)0|'(\d)0)s\b/gi,
    build: (ctx) => {
      const [text, modifier, century, decade, shortDecade] = ctx.match;
      if (attributiveAfter(ctx)) return null;
      // "the 1300s", "the 1800s": a hundred years, TIMEX3 century 13, 18 (the 1900s and 2000s stay decades).
      if (century && decade === '0' && Number(century) < 19) {
        const found = statedFound(text, 'date', century, 'century');
        return { ...found, explanation: `${found.explanation}; a round hundred names the century${modifierNote(modifier, text)}` };
      }
      const value = century ? `${century}${decade}` : Number(shortDecade) >= 3 ? `19${shortDecade}` : `20${shortDecade}`;
      const found = statedFound(text, 'date', value, 'decade');
      return { ...found, explanation: found.explanation + modifierNote(modifier, text) };
    },
  },
  {
    // "the nineties", "the early eighties": the twentieth century's, as English uses them
    // ("the twenties" of 2020s would be written "the 2020s"). "her twenties" (an age) needs "the".
    name: 'decade-word',
    pattern: /\bthe[ \u00a0]+(?:(early|mid|late)[- ]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)(?![a-z])/gi,
    build: (ctx) => {
      const [text, modifier, word = ''] = ctx.match;
      const digit = DECADE_WORDS[word.toLowerCase()];
      if (digit === undefined || attributiveAfter(ctx)) return null;
      const found = statedFound(text, 'date', digit === 0 ? '200' : `19${digit}`, 'decade');
      return { ...found, explanation: `${found.explanation}; a decade named in words is taken in the 20th century${modifierNote(modifier, text)}` };
    },
  },
  {
    // The second year of a short range "2019-22" (the first is read by the year rule): TimeML
    // gives a range one expression per year. Only a later year of the same century counts.
    name: 'short-year-range-end',
    pattern: /(?<=(?<![\d$£€#.,/:-])\b(1[5-9]|20)(\d\d)[-–])(\d\d)(?![\d%]|-year)/g,
    build: (ctx) => {
      const [text, century = '', first = '', second = ''] = ctx.match;
      if (Number(second) <= Number(first)) return null;
      const startOfRange = ctx.start - 5;
      if (numberAfterName(ctx.text, startOfRange, ctx.sentenceStart)) return null;
      const found = statedFound(text, 'date', `${century}${second}`, 'year');
      return { ...found, explanation: `'${century}${first}-${text}' ends in ${century}${second}: the century is the range's first year's` };
    },
  },
  {
    // "the 20th century" → 19, TIMEX3's two-digit century value.
    name: 'century',
    pattern: /\b(?:the[ \u00a0]+)?(?:(early|mid|late)[- ]?)?(\d{1,2})(?:st|nd|rd|th)[ \u00a0-]+century\b/gi,
    build: (ctx) => {
      const [text, modifier, ordinal = ''] = ctx.match;
      const n = Number(ordinal);
      if (n < 1 || n > 22) return null;
      const found = statedFound(text, 'date', String(n - 1).padStart(2, '0'), 'century');
      return { ...found, explanation: found.explanation + modifierNote(modifier, text) };
    },
  },
  {
    name: 'season',
    // "the end of the summer", "the start of next spring": the season, its part noted.
    pattern: new RegExp(`\\b(?:the${SP}(?:end|beginning|start|middle)${SP}of${SP})?(?:(last|this|next|the)${SP})?(?:(early|mid|late)[- ]?)?(${SEASON})(?:${SP}(?:of${SP})?${YEAR})?`, 'gi'),
    build: (ctx) => {
      const [text, relation, modifier, seasonWord = '', year] = ctx.match;
      const code = SEASON_CODES[seasonWord.toLowerCase()];
      if (!code) return null;
      const rel = relation?.toLowerCase();
      if (year) {
        const found = statedFound(text, 'date', `${year}-${code}`, 'season');
        return { ...found, explanation: found.explanation + modifierNote(modifier, text) };
      }
      if (/^fall$/i.test(seasonWord) && (!rel || rel === 'the')) {
        // "the fall of the city" is not autumn; "in the fall" is.
        if (!/\b(in|during|by|until|since|over)\s+$/i.test(textBefore(ctx)) || /^\s+of\b/i.test(ctx.text.slice(ctx.end))) return null;
      }
      if (!rel && !modifier && !/\b(in|during|over|since|by|until|through|throughout|this|last|next)\s+$/i.test(textBefore(ctx))) return null;
      if (!ctx.published) return unresolvedFound(text, 'date', `XXXX-${code}`, 'season');
      return relativeFound(ctx, text, 'date', `${seasonYear(ctx, code, rel)}-${code}`, 'season');
    },
  },
  {
    name: 'quarter',
    pattern: new RegExp(`\\b(?:the${SP})?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:${SP}|-(?=quarter${SP}${QUARTER_FIGURES}))(quarter|half)(?:${SP}of)?(?:${SP}${YEAR})?|\\b(Q[1-4]|H[12])${SP}${YEAR}`, 'gi'),
    build: (ctx) => {
      const [text, ordinal, kind, year, code, codeYear] = ctx.match;
      if (code && codeYear) return statedFound(text, 'date', `${codeYear}-${code.toUpperCase()}`, 'quarter');
      const half = kind?.toLowerCase() === 'half';
      const last = /^(final|last)$/i.test(ordinal ?? '');
      const n = last ? (half ? 2 : 4) : ordinalValue(ordinal ?? '');
      if (!n || (half && n > 2)) return null;
      const value = half ? `H${n}` : `Q${n}`;
      if (year) return statedFound(text, 'date', `${year}-${value}`, 'quarter');
      if (last) return null; // "the last quarter" is relative; the relative rules read it.
      if (!/\bof\b/i.test(text) && !/\b(in|during|for|by|of)\s+$/i.test(textBefore(ctx)) && !/^the/i.test(text) && !/-/.test(text)) return null;
      if (!ctx.published) return unresolvedFound(text, 'date', `XXXX-${value}`, 'quarter');
      // Like a year-less date: the latest one so far unless the clause is future.
      const current = half ? (ctx.published.month <= 6 ? 1 : 2) : quarterOf(ctx.published.month);
      // Figures after a hyphenated quarter ("fourth-quarter earnings") report one that has begun.
      const future = yearlessDirection(ctx.tense) === 'future' && !/-/.test(text);
      const year2 = !future && n > current ? ctx.published.year - 1 : future && n < current ? ctx.published.year + 1 : ctx.published.year;
      return { ...relativeFound(ctx, text, 'date', `${year2}-${value}`, 'quarter'), basis: 'year-inferred' };
    },
  },
];

const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Year of "last summer", "this winter", "in the spring" relative to the publication date. */
function seasonYear(ctx: MatchContext, code: string, relation: string | undefined): number {
  const anchor = ctx.published as CalendarDate;
  const start = SEASON_START[code] ?? 1;
  const now = anchor.year * 12 + anchor.month;
  // Season instances by start month index; winter Y runs December Y to February Y+1.
  const instances = [anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1].map((year) => ({
    year,
    from: year * 12 + start,
    to: year * 12 + start + 2,
  }));
  const containing = instances.find((s) => s.from <= now && now <= s.to);
  const past = instances.filter((s) => s.to < now).pop();
  const future = instances.find((s) => s.from > now);
  // "this summer" is the one of the current year (or the one under way: a winter in January).
  if (relation === 'this') return (containing ?? instances.find((s) => s.year === anchor.year))?.year ?? anchor.year;
  if (relation === 'last') return past?.year ?? anchor.year - 1;
  if (relation === 'next') return future?.year ?? anchor.year + 1;
  const direction = directionOf(ctx.tense);
  if (containing) return containing.year;
  if (direction === 'future') return future?.year ?? anchor.year;
  // A plan or possibility ("are planning to reopen in the fall"): the nearer of the two.
  if (ctx.tense === 'modal' && past && future) return future.from - now < now - past.to ? future.year : past.year;
  return past?.year ?? anchor.year;
}
