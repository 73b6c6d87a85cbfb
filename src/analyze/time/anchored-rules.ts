/**
 * Expressions counted from the narrated time, not from publication: "a year later", "two
 * days earlier", "the following day", "the previous week", "that day". TimeML resolves
 * them against the last date mentioned; the rule gives only the shift, and the caller
 * (time-expressions.ts) counts it from the latest day-precision date in the same or the
 * previous sentence, else from the publication date, and says which in the explanation.
 */
import { APPROXIMATOR, DAY_PART_CODES, QUANTITY, UNIT, quantityValue, unitInfo, type TimeUnit } from './lexicon.ts';
import { precisionOfUnit } from './resolve.ts';
import { matchedText, type Found, type MatchContext, type Rule } from './rule.ts';

const SP = '[ \\u00a0]+';

function shiftFound(ctx: MatchContext, unit: TimeUnit, steps: number, part?: string): Found {
  const code = part ? DAY_PART_CODES[part.toLowerCase()] : undefined;
  return {
    type: code ? 'time' : 'date',
    value: '',
    precision: code ? 'time' : precisionOfUnit(unit),
    basis: 'relative',
    explanation: `'${matchedText(ctx)}'`,
    shift: { unit, steps, ...(code ? { part: `T${code}` } : {}) },
  };
}

const STEP: Readonly<Record<string, number>> = { following: 1, next: 1, previous: -1, preceding: -1, same: 0, that: 0 };

export const anchoredRules: readonly Rule[] = [
  {
    // "a year later", "two days earlier", "some three weeks later"; "several days later" has no count.
    name: 'count-later',
    pattern: new RegExp(`\\b(?:(${APPROXIMATOR})${SP})?(${QUANTITY})${SP}(${UNIT})${SP}(later|earlier)(?![a-z])`, 'gi'),
    build: (ctx) => {
      const [, , quantityWord = '', unitWord = '', direction = ''] = ctx.match;
      const quantity = quantityValue(quantityWord);
      const unit = unitInfo(unitWord);
      if (!unit || quantity === null || quantity === 'X' || !Number.isInteger(quantity)) return null;
      return shiftFound(ctx, unit.name, /^later$/i.test(direction) ? quantity : -quantity);
    },
  },
  {
    // "the following day", "the next morning", "the previous week"; "the next week" stays a
    // duration (TimeML: "over the next week"), so next/following take only day-sized units.
    name: 'the-following-unit',
    pattern: new RegExp(`\\bthe${SP}(?:(following|previous|preceding)${SP}(day|week|month|quarter|year|morning|afternoon|evening|night)|(next)${SP}(day|morning|afternoon|evening|night))(?![a-z])`, 'gi'),
    build: (ctx) => {
      const [, relation, unitWord, next, dayWord] = ctx.match;
      const word = (unitWord ?? dayWord ?? '').toLowerCase();
      const steps = STEP[(relation ?? next ?? '').toLowerCase()] ?? 0;
      if (DAY_PART_CODES[word]) return shiftFound(ctx, 'day', steps, word);
      const unit = unitInfo(word);
      return unit ? shiftFound(ctx, unit.name, steps) : null;
    },
  },
  {
    // "that day", "the same day", "later that year", "that night".
    name: 'that-unit',
    pattern: new RegExp(`\\b(?:(?:earlier|later)${SP})?(that|the${SP}same)${SP}(day|week|month|year|morning|afternoon|evening|night)(?![a-z])`, 'gi'),
    build: (ctx) => {
      const [, , word = ''] = ctx.match;
      const w = word.toLowerCase();
      if (DAY_PART_CODES[w]) return shiftFound(ctx, 'day', 0, w);
      const unit = unitInfo(w);
      return unit ? shiftFound(ctx, unit.name, 0) : null;
    },
  },
];
