/**
 * The value a date clue takes if the article was published on a given day, with the same
 * conventions the analyzer uses (a bare weekday in a past clause is the latest one on or
 * before publication; a year-less date takes the latest year on or before publication
 * unless its clause is future, as the analyzer's year-less rule does).
 */
import { addDays, formatDate, formatMonth, type CalendarDate } from '../../time/calendar.ts';
import { resolveWeekday, yearForMonth, yearForMonthDay, type Direction } from '../../analyze/time/resolve.ts';
import type { DateClue } from './date-clues.ts';

/** Year-less dates read a present or unknown tense as past (see yearlessDirection). */
const yearless = (clue: DateClue): Direction => (clue.direction === 'future' ? 'future' : 'past');

/** A day (YYYY-MM-DD) or month (YYYY-MM) value; null when the clue has none on that anchor. */
export function resolveClue(clue: DateClue, published: CalendarDate): string | null {
  switch (clue.kind) {
    case 'weekday':
      return formatDate(resolveWeekday(published, clue.weekday, clue.direction));
    case 'day-offset':
      return formatDate(addDays(published, clue.days));
    case 'month-day': {
      const year = yearForMonthDay(published, clue.month, clue.day, yearless(clue));
      return year === null ? null : formatDate({ year, month: clue.month, day: clue.day });
    }
    case 'month': {
      const year = yearForMonth(published, clue.month, yearless(clue));
      return year === null ? null : formatMonth(year, clue.month);
    }
  }
}
