/**
 * One table → the text of its two files: CSV (see csv.ts for the conventions) and JSON, an array
 * with one object per row whose keys are the CSV's column names in the same order (a missing value
 * is null, numbers stay numbers, and no formula guard is applied). One object per line keeps the
 * JSON readable and diff-friendly; the file ends with a newline.
 */
import { toCsv } from './csv.ts';
import type { ExportTable } from './export-table.ts';

export function tableCsv(table: ExportTable): string {
  return toCsv(table.columns.map((c) => c.key), table.rows);
}

export function tableJson(table: ExportTable): string {
  if (table.rows.length === 0) return '[]\n';
  const keys = table.columns.map((c) => c.key);
  const lines = table.rows.map((row) => '  ' + JSON.stringify(Object.fromEntries(keys.map((key, i) => [key, row[i] ?? null]))));
  return `[\n${lines.join(',\n')}\n]\n`;
}
