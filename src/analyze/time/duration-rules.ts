/**
 * Durations ("40 days" P40D, "a four-year war" P4Y, "two hours" PT2H, "several weeks" PXW,
 * "the past three years" P3Y) and sets ("every year" P1Y, "daily" P1D). TIMEX3 writes an
 * unspecified number as X, decades as DE and centuries as CE.
 */
import { APPROXIMATOR, DAY_PART_CODES, PLURAL_UNIT, QUANTITY, UNIT, WEEKDAY, quantityValue, unitInfo, weekdayNumber, type UnitInfo } from './lexicon.ts';
import { insideProperName } from './name-runs.ts';
import { matchedText, textBefore, vagueFound, type Found, type MatchContext, type Rule } from './rule.ts';

const SP = '[ \\u00a0]+';

function durationValue(quantity: number | 'X', unit: UnitInfo): string {
  const n = quantity === 'X' ? 'X' : String(unit.name === 'fortnight' ? quantity * 2 : quantity);
  return unit.clock ? `PT${n}${unit.code}` : `P${n}${unit.code}`;
}

function durationFound(ctx: MatchContext, quantity: number | 'X', unit: UnitInfo): Found {
  const spoken = quantity === 'X' ? `an unspecified number of ${unit.name}s` : `${quantity} ${unit.name}${quantity === 1 ? '' : 's'}`;
  return vagueFound(matchedText(ctx), 'duration', durationValue(quantity, unit), `a duration of ${spoken}`);
}

/** Words after a bare plural unit that make it a stretch of time ("days after", "years of"). */
const BARE_UNIT_AFTER = /^\s+(later|earlier|after|before|of|long|on end|away|afterwards|into)\b/i;
/** Words before a bare plural unit that do the same ("for years", "within hours"). */
const BARE_UNIT_BEFORE = /\b(for|within|over|in|after|took|take|takes|spent|spend|lasted|lasting|last|recent)\s+$/i;

/** An amount right before "a year" ("3% a year", "$2 billion a year", "90,000 barrels a day"): a rate. */
const AMOUNT_BEFORE = /(?:\d|%|\b(?:percent|per cent|billion|million|thousand|dollars|euros|pounds))(?:[ \u00a0]+[a-z]+)?[ \u00a0]+$/i;

/** A year after a preposition ("in 2019 a year passed") is a date, not an amount. */
function amountBefore(ctx: MatchContext): boolean {
  const before = textBefore(ctx, 30);
  return AMOUNT_BEFORE.test(before) && !/\b(?:in|since|by|until|of|from)[ \u00a0]+(?:1[5-9]|20)\d\d[ \u00a0]+$/i.test(before);
}

/**
 * "3% a year", "90,000 barrels a day": an amount before "a <unit>" makes a rate, unless the unit
 * is a stretch before or after something ("killed 12 soldiers a day after the truce").
 */
function rateAfterAmount(ctx: MatchContext): boolean {
  return amountBefore(ctx) && !/^[ \u00a0]+(?:after|before|later|earlier|ago|into|since)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 12));
}

const SET_ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', annual: 'P1Y',
};

export const durationRules: readonly Rule[] = [
  {
    name: 'quantity-unit',
    // "five straight weeks", "three consecutive days": the count of units is the duration.
    pattern: new RegExp(`\\b(?:(${APPROXIMATOR})${SP})?(${QUANTITY})(?:${SP}|-)(?:(?:straight|consecutive|successive)${SP})?(${UNIT})`, 'gi'),
    build: (ctx) => {
      const [, , quantityWord = '', unitWord = ''] = ctx.match;
      const quantity = quantityValue(quantityWord);
      const unit = unitInfo(unitWord);
      if (quantity === null || !unit) return null;
      const after = ctx.text.slice(ctx.end, ctx.end + 12);
      // Ages are not time expressions here ("a 46-year-old", "23 years old").
      if (/^[- ]old\b/i.test(after)) return null;
      const digits = /^\d/.test(quantityWord);
      // "a second strike", "a quarter of the vote": ordinal and fraction, not time.
      if (!digits && unit.name === 'second' && !/s$/i.test(unitWord)) return null;
      if (unit.name === 'quarter' && /^\s+of\b/i.test(after)) return null;
      // "cut output by a quarter": one quarter alone is a fraction ("a quarter later" is read elsewhere).
      if (unit.name === 'quarter' && /^(a|an|one)$/i.test(quantityWord)) return null;
      // "$2 billion a year" and "twice a week" are rates: the set rules read them.
      if (/^an?$/i.test(quantityWord) && (rateAfterAmount(ctx) || /\b(once|twice|times)\s+$/i.test(textBefore(ctx, 20)))) return null;
      return durationFound(ctx, quantity, unit);
    },
  },
  {
    name: 'bare-plural-unit',
    pattern: new RegExp(`\\b(?:recent${SP})?(${PLURAL_UNIT})`, 'gi'),
    build: (ctx) => {
      const [text, unitWord = ''] = ctx.match;
      const unit = unitInfo(unitWord);
      if (!unit) return null;
      const recent = /^recent/i.test(text);
      if (!recent && !BARE_UNIT_BEFORE.test(textBefore(ctx, 20)) && !BARE_UNIT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 20))) {
        return null;
      }
      return durationFound(ctx, 'X', unit);
    },
  },
  {
    // "the past three years" P3Y, "the next few weeks" PXW, "for the last four months" P4M;
    // "last" needs "the" so that the verb ("will last 40 days") is not read as one.
    name: 'span-unit',
    pattern: new RegExp(`\\b(?:the${SP}(?:past|last|previous|first|final)|(?:the${SP})?(?:next|coming|following))${SP}(?:(?:${APPROXIMATOR})${SP})?(${QUANTITY})${SP}(${UNIT})`, 'gi'),
    build: (ctx) => {
      const [, quantityWord = '', unitWord = ''] = ctx.match;
      if (/^an?$/i.test(quantityWord)) return null;
      const quantity = quantityValue(quantityWord);
      const unit = unitInfo(unitWord);
      if (quantity === null || !unit) return null;
      return durationFound(ctx, quantity, unit);
    },
  },
  {
    // Abbreviated clock units after digits: "6 min", "2 hrs", "90 secs".
    name: 'abbreviated-unit',
    pattern: /(?<![\d.,])\b(\d+)[ \u00a0-]?(mins?|hrs?|secs?)\b/gi,
    build: (ctx) => {
      const [, n = '', abbreviation = ''] = ctx.match;
      const code = /^h/i.test(abbreviation) ? 'H' : /^m/i.test(abbreviation) ? 'M' : 'S';
      return vagueFound(matchedText(ctx), 'duration', `PT${Number(n)}${code}`, 'a duration in clock units');
    },
  },
  {
    name: 'half-hour',
    pattern: /\bhalf an hour\b/gi,
    build: (ctx) => vagueFound(matchedText(ctx), 'duration', 'PT30M', 'a duration of half an hour'),
  },
  {
    // "every year", "each month", "every two weeks", "every Friday".
    name: 'every',
    pattern: new RegExp(`\\b(?:every|each)${SP}(?:other${SP}|single${SP})?(?:(${QUANTITY})${SP})?(${UNIT}|${WEEKDAY}|morning|afternoon|evening|night)`, 'gi'),
    build: (ctx) => {
      const [text, quantityWord, word = ''] = ctx.match;
      const weekday = weekdayNumber(word);
      if (weekday) return vagueFound(text, 'set', `XXXX-WXX-${weekday}`, `a set: every ${word}`);
      const part = /^(morning|afternoon|evening|night)$/i.exec(word)?.[1];
      const code = part ? DAY_PART_CODES[part.toLowerCase()] : undefined;
      if (code) return vagueFound(text, 'set', `XXXX-XX-XXT${code}`, `a set: every ${part}`);
      const unit = unitInfo(word);
      const quantity = quantityWord ? quantityValue(quantityWord) : 1;
      if (!unit || quantity === null) return null;
      const every = /\bother\b/i.test(text) ? (quantity === 'X' ? 'X' : quantity * 2) : quantity;
      return vagueFound(text, 'set', durationValue(every, unit), `a set: every ${every === 1 ? '' : `${every} `}${unit.name}`);
    },
  },
  {
    name: 'frequency-adverb',
    pattern: /\b(?:hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|annual)(?![a-z])/gi,
    build: (ctx) => {
      const text = matchedText(ctx);
      // Capitalised mid-sentence it names something ("Daily Mail", "Annual Report").
      if (/^[A-Z]/.test(text) && ctx.start !== ctx.sentenceStart) return null;
      if (/^[A-Z]/.test(text) && /^\s+[A-Z]/.test(ctx.text.slice(ctx.end, ctx.end + 3))) return null;
      const value = SET_ADVERBS[text.toLowerCase()];
      return value ? vagueFound(text, 'set', value, 'a set (a regular recurrence)') : null;
    },
  },
  {
    // "Wednesdays and Fridays", "on Sundays": a weekday in the plural recurs every week.
    name: 'plural-weekday',
    pattern: /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days(?![a-z])/g,
    build: (ctx) => {
      const weekday = weekdayNumber(`${ctx.match[1] ?? ''}day`);
      if (!weekday || insideProperName(ctx.text, ctx.start, ctx.end, ctx.sentenceStart)) return null;
      if (/^[ \u00a0]+[A-Z]/.test(ctx.text.slice(ctx.end, ctx.end + 3))) return null; // "Fridays Bar
      return vagueFound(matchedText(ctx), 'set', `XXXX-WXX-${weekday}`, `a set: every ${ctx.match[1]}day`);
    },
  },
  {
    // "3% a year", "$2 billion a year", "500 barrels a day": an amount per unit is a rate (a set).
    name: 'amount-a-unit',
    pattern: /\ban?[ \u00a0]+(day|week|month|year|hour)(?![a-z])/gi,
    build: (ctx) => {
      if (!rateAfterAmount(ctx)) return null;
      const unit = unitInfo(ctx.match[1] ?? '');
      return unit ? vagueFound(matchedText(ctx), 'set', durationValue(1, unit), `a set: an amount every ${unit.name}`) : null;
    },
  },
  {
    // "the 12 months to February", "the three years through 2022": a stretch ending at a date.
    name: 'the-units-to',
    pattern: new RegExp(`\\bthe${SP}(${QUANTITY})${SP}(${PLURAL_UNIT})(?=${SP}(?:to|through|ending|ended|until|up to)\\b)`, 'gi'),
    build: (ctx) => {
      const quantity = quantityValue(ctx.match[1] ?? '');
      const unit = unitInfo(ctx.match[2] ?? '');
      if (quantity === null || !unit) return null;
      return durationFound(ctx, quantity, unit);
    },
  },
  {
    // "twice a week", "three times a year", "once per month", "per day".
    name: 'rate',
    pattern: new RegExp(`\\b(?:(?:once|twice|thrice|(?:${QUANTITY})${SP}times)${SP}(?:a|an|per|each|every)|per)${SP}(day|week|month|year|hour|decade)(?![a-z])`, 'gi'),
    build: (ctx) => {
      const unit = unitInfo(ctx.match[1] ?? '');
      if (!unit) return null;
      return vagueFound(matchedText(ctx), 'set', durationValue(1, unit), `a set: once or more every ${unit.name}`);
    },
  },
];
