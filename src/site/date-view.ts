/** A TIMEX-style value as readable text plus its `<time datetime>` value when valid. */
import type { MetaField } from '../model.ts';
import { htmlDatetime } from './html-datetime.ts';
import { readableDate } from './readable-date.ts';
import type { DateView } from './view-models.ts';

export function dateView(value: string | null, missing = 'Undated'): DateView {
  if (value === null || value === '') return { text: missing, datetime: null };
  return { text: readableDate(value), datetime: htmlDatetime(value) ? value : null };
}

/** An article's publication date, marked when it was inferred rather than given or printed. */
export function publishedView(published: MetaField<string>): DateView {
  const view = dateView(published.value);
  return published.basis === 'inferred' && published.value ? { ...view, inferred: true } : view;
}
