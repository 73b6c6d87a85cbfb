/** A TIMEX-style value as readable text plus its `<time datetime>` value when valid. */
import { htmlDatetime } from './html-datetime.ts';
import { readableDate } from './readable-date.ts';
import type { DateView } from './view-models.ts';

export function dateView(value: string | null, missing = 'Undated'): DateView {
  if (value === null || value === '') return { text: missing, datetime: null };
  return { text: readableDate(value), datetime: htmlDatetime(value) ? value : null };
}
