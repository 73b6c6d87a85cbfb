/**
 * Times of day: "8 p.m.", "10:30 local time", "at midnight", "noon". The rule gives only
 * the clock part (T20:00); the caller attaches the day stated in the same sentence, or
 * the publication date (TIMEX3 writes midnight as T24:00 of the day it ends).
 */
import { DAY_PART_CODES } from './lexicon.ts';
import { matchedText, type Found, type MatchContext, type Rule } from './rule.ts';

const ZONE = String.raw`(?:[ \u00a0]+(?:local time|GMT|UTC|[ECMP][SD]T|[ECMP]T))?`;

const pad = (n: number): string => String(n).padStart(2, '0');

function clockFound(ctx: MatchContext, clock: string): Found {
  return {
    type: 'time',
    value: clock,
    precision: 'time',
    basis: 'stated',
    explanation: `'${matchedText(ctx)}' states a time of day`,
    clock,
  };
}

export const clockRules: readonly Rule[] = [
  {
    name: 'am-pm',
    pattern: new RegExp(String.raw`(?<![\d.:$])\b(\d{1,2})(?:[:.](\d{2}))?[ \u00a0]*(a\.m\.?|p\.m\.?|am|pm)(?![a-z])${ZONE}`, 'gi'),
    build: (ctx) => {
      const [, h = '', m, meridiem = ''] = ctx.match;
      let hour = Number(h);
      const minute = m ? Number(m) : 0;
      if (hour < 1 || hour > 12 || minute > 59) return null;
      const pm = /^p/i.test(meridiem);
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
      return clockFound(ctx, `T${pad(hour)}:${pad(minute)}`);
    },
  },
  {
    name: 'twenty-four-hour',
    pattern: new RegExp(String.raw`(?<![\d.:$/])\b([01]?\d|2[0-3]):([0-5]\d)(?![\d:])${ZONE}`, 'g'),
    build: (ctx) => clockFound(ctx, `T${pad(Number(ctx.match[1]))}:${ctx.match[2] ?? '00'}`),
  },
  {
    name: 'midnight-noon',
    pattern: new RegExp(String.raw`\b(midnight|noon|midday)(?![a-z-])${ZONE}`, 'gi'),
    build: (ctx) => clockFound(ctx, /midnight/i.test(ctx.match[1] ?? '') ? 'T24:00' : 'T12:00'),
  },
  {
    // "in the afternoon", "during the night": that part of the day named nearby (TIMEX3 TAF, TNI);
    // the preposition is left out. "the morning of June 5" is read by the date rules.
    name: 'part-of-narrated-day',
    pattern: /\b(?:in|during)[ \u00a0]+the[ \u00a0]+(morning|afternoon|evening|night)(?![a-z-])/gi,
    build: (ctx) => {
      const code = DAY_PART_CODES[(ctx.match[1] ?? '').toLowerCase()];
      if (!code || /^[ \u00a0]+of\b/i.test(ctx.text.slice(ctx.end, ctx.end + 5))) return null;
      return { ...clockFound(ctx, `T${code}`), trimStart: ctx.match[0].search(/the/i) };
    },
  },
];
