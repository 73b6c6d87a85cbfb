/**
 * Expressions whose value depends on when the article was written: today, yesterday,
 * weekdays, "last week", "two days ago", and vague references (now, recently, in the
 * coming weeks). In an undated article they keep a TIMEX3 placeholder value.
 */
import type { Precision, TimeType } from '../../model.ts';
import { addDays, formatDate, isoWeekday, type CalendarDate } from '../../time/calendar.ts';
import {
  APPROXIMATOR, DAY_PART, DAY_PART_CODES, PLURAL_UNIT, QUANTITY, UNIT, WEEKDAY,
  quantityValue, unitInfo, weekdayNumber,
} from './lexicon.ts';
import { insideProperName } from './name-runs.ts';
import {
  directionOf, nextWeekday, precisionOfUnit, previousWeekday, resolveWeekday, shiftedValue,
  unresolvedValue, weekdayOfSameWeek,
} from './resolve.ts';
import {
  directionWords, isCapitalised, matchedText, relativeFound, textBefore, unresolvedFound, vagueFound,
  type Found, type MatchContext, type Rule,
} from './rule.ts';

const SP = '[ \\u00a0]+';

/** A day value, or a time-of-day value when a part of the day is named (TIMEX3 2024-02-02TNI). */
function dayFound(ctx: MatchContext, day: CalendarDate | null, part: string | undefined, how = ''): Found {
  const text = matchedText(ctx);
  const code = part ? DAY_PART_CODES[part.toLowerCase()] : undefined;
  const type: TimeType = code ? 'time' : 'date';
  const precision: Precision = code ? 'time' : 'day';
  if (!day) return unresolvedFound(text, type, `XXXX-XX-XX${code ? `T${code}` : ''}`, precision);
  return relativeFound(ctx, text, type, `${formatDate(day)}${code ? `T${code}` : ''}`, precision, how);
}

const DEICTIC_DAY_OFFSET: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** Which weekend "the weekend" means, by tense: the one just past in past clauses. */
function weekendWeekOffset(anchor: CalendarDate, tense: ReturnType<typeof directionOf>): number {
  const weekday = isoWeekday(anchor);
  if (weekday >= 6) return tense === 'future' && weekday === 7 ? 1 : 0;
  if (tense === 'future') return 0;
  if (tense === 'past') return -1;
  return weekday <= 3 ? -1 : 0;
}

const STEP_BY_WORD: Readonly<Record<string, number>> = {
  last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1,
};

export const relativeRules: readonly Rule[] = [
  {
    name: 'deictic-day',
    pattern: new RegExp(`\\b(?:the day (before|after)${SP})?(today|tonight|yesterday|tomorrow)(?:${SP}(${DAY_PART}))?(?![a-z])`, 'gi'),
    build: (ctx) => {
      const [, beforeAfter, word = '', part] = ctx.match;
      const w = word.toLowerCase();
      let offset = DEICTIC_DAY_OFFSET[w] ?? 0;
      if (beforeAfter) offset += beforeAfter.toLowerCase() === 'before' ? -1 : 1;
      const dayPart = part ?? (w === 'tonight' ? 'night' : undefined);
      const day = ctx.published ? addDays(ctx.published, offset) : null;
      return dayFound(ctx, day, dayPart);
    },
  },
  {
    name: 'day-part',
    pattern: new RegExp(`\\b(last${SP}night|this${SP}(?:morning|afternoon|evening)|overnight)(?![a-z-])`, 'gi'),
    build: (ctx) => {
      const text = matchedText(ctx).toLowerCase();
      if (text === 'overnight') {
        // Only the adverb "overnight" of a news report ("fighting continued overnight"), not "overnight stays".
        if (/^\s+[a-z]+(s|ing)?\b/.test(ctx.text.slice(ctx.end)) && !/^\s+(on|in|into|at|to|and|as|when|while|after|before)\b/i.test(ctx.text.slice(ctx.end))) return null;
        const day = ctx.published ? addDays(ctx.published, ctx.tense === 'future' ? 0 : -1) : null;
        return dayFound(ctx, day, 'night', 'the night before publication');
      }
      const part = /night/.test(text) ? 'night' : (/(morning|afternoon|evening)/.exec(text)?.[1] ?? 'morning');
      const day = ctx.published ? addDays(ctx.published, text.startsWith('last') ? -1 : 0) : null;
      return dayFound(ctx, day, part);
    },
  },
  {
    // "on Friday", "last Tuesday", "this past Sunday", "early Sunday", "Friday night".
    name: 'weekday',
    pattern: new RegExp(`\\b(?:(last|next|this${SP}past|this${SP}coming|this|past|coming)${SP})?(?:(early|late)${SP}(?:on${SP})?)?(${WEEKDAY})(?:${SP}(${DAY_PART}))?`, 'gi'),
    build: (ctx) => {
      const [, relation, modifier, word = '', part] = ctx.match;
      const weekday = weekdayNumber(word);
      if (!weekday || !isCapitalised(word)) return null;
      const weekdayStart = ctx.start + ctx.match[0].indexOf(word, (relation?.length ?? 0) + (modifier?.length ?? 0));
      if (!relation && !modifier && insideProperName(ctx.text, weekdayStart, weekdayStart + word.length, ctx.sentenceStart)) return null;
      const text = matchedText(ctx);
      const code = part ? DAY_PART_CODES[part.toLowerCase()] : undefined;
      if (!ctx.published) {
        return unresolvedFound(text, code ? 'time' : 'date', `XXXX-WXX-${weekday}${code ? `T${code}` : ''}`, code ? 'time' : 'day');
      }
      const rel = relation?.toLowerCase().replace(/\s+/g, ' ');
      const note = modifier ? `; '${modifier}' marks the ${modifier.toLowerCase() === 'early' ? 'early' : 'late'} part of the day` : '';
      if (rel === 'last' || rel === 'past' || rel === 'this past') {
        return dayFound(ctx, previousWeekday(ctx.published, weekday), part, `the latest ${word} before it${note}`);
      }
      if (rel === 'next' || rel === 'coming' || rel === 'this coming') {
        return dayFound(ctx, nextWeekday(ctx.published, weekday), part, `the first ${word} after it${note}`);
      }
      if (rel === 'this') return dayFound(ctx, weekdayOfSameWeek(ctx.published, weekday), part, `the ${word} of the same week${note}`);
      const direction = directionOf(ctx.tense);
      return dayFound(ctx, resolveWeekday(ctx.published, weekday, direction), part, `${directionWords(direction, ctx.tense)}${note}`);
    },
  },
  {
    // "last week", "earlier this year", "the previous month", "past year"; "the past year" is a duration.
    name: 'relative-unit',
    pattern: new RegExp(`\\b(?:(earlier|later|early|late)${SP})?(?:(the)${SP})?(last|this|next|past|previous|coming|current)${SP}(week|weekend|month|quarter|year|decade|century)(?![a-z])`, 'gi'),
    build: (ctx) => {
      const [text, modifier, article, relation = '', unitWord = ''] = ctx.match;
      const unit = unitInfo(unitWord);
      const rel = relation.toLowerCase();
      if (!unit) return null;
      // A capitalised unit mid-sentence is a title ("ABC's This Week").
      if (/^[A-Z][a-z]/.test(unitWord) && ctx.start !== ctx.sentenceStart) return null;
      // TimeML: "the past year", "over the next month" span a stretch of time up to/after now.
      if (article && !modifier && (rel === 'past' || rel === 'last' || rel === 'next')) {
        if (unit.name === 'weekend') return null;
        return vagueFound(text, 'duration', `P1${unit.code}`, `a duration of one ${unit.name}`);
      }
      const step = STEP_BY_WORD[rel] ?? 0;
      const precision = precisionOfUnit(unit.name);
      if (!ctx.published) return unresolvedFound(text, 'date', unresolvedValue(unit.name), precision);
      const { value } = shiftedValue(ctx.published, unit.name, step);
      const note = modifier ? `'${modifier}' narrows it within the ${unit.name}` : '';
      return relativeFound(ctx, text, 'date', value, precision, note);
    },
  },
  {
    // "by the end of the year" → the publication year, noting the part.
    name: 'part-of-current-unit',
    // "the start of last month", "the end of next year": the part of the unit before or after.
    pattern: new RegExp(`\\b(?:the${SP})?(end|beginning|start|middle|rest)${SP}of${SP}(the|this|last|next)${SP}(week|month|year|decade)(?![a-z])`, 'gi'),
    build: (ctx) => {
      const [text, part = '', which = '', unitWord = ''] = ctx.match;
      const unit = unitInfo(unitWord);
      if (!unit) return null;
      const step = STEP_BY_WORD[which.toLowerCase()] ?? 0;
      const precision = precisionOfUnit(unit.name);
      if (!ctx.published) return unresolvedFound(text, 'date', unresolvedValue(unit.name), precision);
      return relativeFound(ctx, text, 'date', shiftedValue(ctx.published, unit.name, step).value, precision, `the ${part.toLowerCase()} of the ${step < 0 ? 'previous' : step > 0 ? 'next' : 'current'} ${unit.name}`);
    },
  },
  {
    name: 'the-weekend',
    pattern: new RegExp(`\\bthe${SP}weekend(?![a-z])`, 'gi'),
    build: (ctx) => {
      const text = matchedText(ctx);
      if (!ctx.published) return unresolvedFound(text, 'date', 'XXXX-WXX-WE', 'week');
      const direction = directionOf(ctx.tense);
      const { value } = shiftedValue(ctx.published, 'weekend', weekendWeekOffset(ctx.published, direction));
      return relativeFound(ctx, text, 'date', value, 'week', directionWords(direction, ctx.tense));
    },
  },
  {
    // "two days ago" is a day, "three weeks ago" a week, "four years ago" a year; "weeks ago" is vague.
    name: 'ago',
    pattern: new RegExp(`\\b(?:(${APPROXIMATOR})${SP})?(?:(${QUANTITY})${SP})?(${UNIT})${SP}ago\\b|\\b(?:a (?:long )?while|long)${SP}ago\\b`, 'gi'),
    build: (ctx) => {
      const [text, , quantityWord, unitWord] = ctx.match;
      const unit = unitWord ? unitInfo(unitWord) : null;
      const quantity = quantityWord ? quantityValue(quantityWord) : 'X';
      if (unitWord && !quantityWord && !/s$/i.test(unitWord)) return null;
      if (!unit || quantity === null || quantity === 'X' || !Number.isInteger(quantity)) {
        return vagueFound(text, 'date', 'PAST_REF', 'an unspecified time in the past');
      }
      const precision = precisionOfUnit(unit.name);
      if (!ctx.published) return unresolvedFound(text, 'date', unresolvedValue(unit.name), precision);
      const { value, precision: p } = shiftedValue(ctx.published, unit.name, -quantity);
      return relativeFound(ctx, text, 'date', value, p, `counted back ${quantity} ${unit.name}(s), kept at the ${unit.name} level`);
    },
  },
  {
    name: 'present-ref',
    pattern: /\b(?:now|currently|presently|nowadays|at present|these days|at the moment|right now|at this time)(?![a-z-])/gi,
    build: (ctx) => {
      // "now" as a discourse marker ("Now, ...") or in "now-defunct" says nothing about time.
      if (/^now$/i.test(matchedText(ctx)) && /^\s*,/.test(ctx.text.slice(ctx.end)) && ctx.start === ctx.sentenceStart) return null;
      return vagueFound(matchedText(ctx), 'date', 'PRESENT_REF', 'a reference to the present');
    },
  },
  {
    name: 'past-ref',
    pattern: /\b(?:recently|previously|formerly|lately|the past|the recent past|once upon a time)(?![a-z-])/gi,
    build: (ctx) => {
      const text = matchedText(ctx);
      if (/^the/i.test(text) && !/\b(in|from|of)\s+$/i.test(textBefore(ctx))) return null;
      return vagueFound(text, 'date', 'PAST_REF', 'a reference to the past');
    },
  },
  {
    // "most of the year", "the last session of the year": the year under way. Not "player of the year".
    name: 'the-year-in-part',
    pattern: new RegExp(`(?<=\\b(?:most|much|rest|part|half|remainder|balance|course|all|(?:day|week|month|quarter|session)s?)${SP}of${SP})the${SP}year(?![a-z'’-])|(?<=(?:^|[.!?][ \u00a0]+))the${SP}year(?=${SP}(?:has|had|was|is|began|ended|saw|brought|started)\\b)`, 'gi'),
    build: (ctx) => {
      const text = matchedText(ctx);
      if (/^The/.test(text) && ctx.start !== ctx.sentenceStart) return null;
      if (/^[ \u00a0]+(?:before|after|earlier|later|ago|to|of)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 10))) return null;
      if (!ctx.published) return unresolvedFound(text, 'date', 'XXXX', 'year');
      return relativeFound(ctx, text, 'date', String(ctx.published.year).padStart(4, '0'), 'year', 'the year under way');
    },
  },
  {
    // "a decision will come soon"; not "as soon as", "soon after the vote", nor a past
    // narrative's "were soon dispersed" (soon after an earlier event, not after publication).
    name: 'soon',
    pattern: /\bsoon(?![a-z'’-])/gi,
    build: (ctx) => {
      if (ctx.tense === 'past' || /\bas[ \u00a0]+$/i.test(textBefore(ctx)) || /^[ \u00a0]+(?:after|afterwards|before|as|thereafter)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 14))) return null;
      return vagueFound(matchedText(ctx), 'date', 'FUTURE_REF', 'a reference to the near future');
    },
  },
  {
    name: 'future-ref',
    pattern: new RegExp(`\\b(?:the(?:${SP}near)?${SP}future|the${SP}coming${SP}(?:${PLURAL_UNIT})|the${SP}days${SP}ahead|the${SP}(?:weeks|months|years)${SP}ahead)`, 'gi'),
    build: (ctx) => vagueFound(matchedText(ctx), 'date', 'FUTURE_REF', 'a reference to the future'),
  },
];
