/**
 * Dateline lines: a line that is ONLY a date, perhaps with a label ("Published:", "Updated"), a weekday,
 * a time and a time zone ("Updated: Mon 5 Feb 2024, 10:32 GMT+3"). A body sentence that merely
 * contains a date is not a dateline: anything left over after removing those parts rejects the line.
 */
import { findDate } from './parse-date.ts';

export interface Dateline {
  /** ISO calendar date. */
  readonly value: string;
  /** The date as printed. */
  readonly text: string;
  /** True when the line labels the date as an update/modification rather than publication. */
  readonly updated: boolean;
}

const ALLOWED_WORD = new RegExp(
  '^(?:' +
    [
      'published', 'updated', 'last', 'first', 'posted', 'date', 'dated', 'modified', 'issued', 'on', 'at', 'and', 'of',
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
      'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
      'am', 'pm', 'a\\.m', 'p\\.m', 'noon', 'midnight',
      'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'msk', 'ist', 'et', 'est', 'edt', 'ct', 'cst', 'cdt',
      'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'ast', 'adt', 'aest', 'aedt', 'jst', 'kst', 'hkt', 'sgt', 'wib',
      '(?:gmt|utc)?[+-]\\d{1,2}(?::?\\d{2})?',
      't?\\d{1,2}[:.h]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?(?:am|pm)?',
      '\\d{1,2}(?:am|pm)',
    ].join('|') +
    ')\\.?$',
  'i',
);

/** Parses a whole line as a dateline, or returns null. */
export function parseDateline(line: string): Dateline | null {
  const text = line.trim();
  if (text.length > 120) return null;
  const date = findDate(text);
  if (!date) return null;
  const residue = (text.slice(0, date.index) + ' ' + text.slice(date.index + date.text.length))
    .replace(/[|,·•;()[\]–—/]+|:(?=\s|$)|(?:^|\s)-(?=\s|$)/g, ' ')
    .trim();
  const words = residue === '' ? [] : residue.split(/\s+/);
  if (!words.every((word) => ALLOWED_WORD.test(word))) return null;
  const updated = /\b(?:updated|modified)\b/i.test(residue) && !/\b(?:published|posted)\b/i.test(residue);
  return { value: date.value, text: date.text, updated };
}
