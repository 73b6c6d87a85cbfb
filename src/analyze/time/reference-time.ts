/**
 * The reference time of a narrative shift ("a year later", "the following day"): TimeML
 * counts it from the last date the text mentions. Conservatively: the latest date in the
 * same or the previous sentence, before the expression, whose value is a calendar day, or
 * for a week/month/year shift a date at least that fine ("in 2019 … later that year");
 * otherwise the publication date. The explanation names the one used.
 */
import type { Precision, TimeExpression } from '../../model.ts';
import { calendarSpan, formatDate, parseIsoDate, type CalendarDate } from '../../time/calendar.ts';
import type { TimeUnit } from './lexicon.ts';
import { shiftedValue, unresolvedValue } from './resolve.ts';
import { describeDay, type Found } from './rule.ts';

/** Precisions fine enough to anchor a shift in each unit, finest first. */
const FINE: readonly Precision[] = ['time', 'day', 'week', 'month', 'quarter', 'season', 'year'];
const RANK: Readonly<Partial<Record<TimeUnit, number>>> = { day: 1, week: 2, weekend: 2, fortnight: 2, month: 3, quarter: 4, year: 6 };

interface Reference {
  readonly day: CalendarDate;
  readonly text: string;
  readonly sameSentence: boolean;
}

function referenceFor(unit: TimeUnit, sentence: number, earlier: readonly TimeExpression[]): Reference | null {
  const rank = RANK[unit] ?? 1;
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const t = earlier[i];
    if (!t || t.sentence < sentence - 1) break;
    if (t.type !== 'date' && t.type !== 'time') continue;
    const span = calendarSpan(t.value);
    if (!span || FINE.indexOf(span.precision) > rank) continue;
    const day = parseIsoDate(span.from);
    if (day) return { day, text: t.text, sameSentence: t.sentence === sentence };
  }
  return null;
}

export function resolveShift(found: Found, sentence: number, earlier: readonly TimeExpression[], published: CalendarDate | null): Found {
  const shift = found.shift;
  if (!shift) return found;
  const { shift: _drop, ...rest } = found;
  const what = found.explanation; // the quoted text
  const reference = referenceFor(shift.unit, sentence, earlier);
  const count = shift.steps === 0 ? 'the same' : `${Math.abs(shift.steps)} ${shift.unit}(s) ${shift.steps > 0 ? 'on' : 'back'}`;
  const part = shift.part ?? '';
  if (reference) {
    const { value } = shiftedValue(reference.day, shift.unit, shift.steps);
    return {
      ...rest,
      value: `${value}${part}`,
      anchor: formatDate(reference.day),
      explanation: `${what} counted ${count} from '${reference.text}' (${describeDay(reference.day)}), the latest date named in the ${reference.sameSentence ? 'same' : 'previous'} sentence`,
    };
  }
  if (!published) {
    return { ...rest, value: `${unresolvedValue(shift.unit)}${part}`, basis: 'unresolved', explanation: `${what} counts from a date the text does not name nearby, and the article has no publication date` };
  }
  const { value } = shiftedValue(published, shift.unit, shift.steps);
  return {
    ...rest,
    value: `${value}${part}`,
    anchor: formatDate(published),
    explanation: `${what} counted ${count} from the publication date ${describeDay(published)}: no date is named in this or the previous sentence`,
  };
}
