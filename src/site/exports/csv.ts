/**
 * RFC 4180 CSV writing, pure. The conventions of every CSV file under /data/ (the data page says the
 * same to readers):
 *
 * - UTF-8 without a byte-order mark; the first record is the header of column names.
 * - Every record, the last one included, ends with CRLF (`\r\n`), as RFC 4180 asks; a line break
 *   inside a value stays as written (`\n`) inside its quotes.
 * - A value is quoted when it holds a comma, a double quote, CR or LF; a quote inside is doubled.
 * - An empty cell means "no value" (null); numbers are written as JavaScript prints them (`34`, `2.5`).
 * - Spreadsheet formula injection: a TEXT value that starts with `=`, `+`, `-`, `@`, a tab or a CR
 *   is written with a leading apostrophe (`'=1+1`), so Excel, LibreOffice and Google Sheets show it
 *   as text instead of running it. Numbers are never prefixed (`-3` stays a number). A program that
 *   reads the files should drop a leading `'` before those characters; the JSON twins are unchanged.
 */

/** One value of a table: text, a number, or nothing. */
export type Cell = string | number | null;

export const CSV_RECORD_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRecord(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',') + CSV_RECORD_END;
}

/** A whole file: the header record, then one record per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return csvRecord(header) + rows.map(csvRecord).join('');
}
