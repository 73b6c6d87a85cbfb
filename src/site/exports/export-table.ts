/**
 * A named table of the data export: columns with their one-line meanings, and rows of cells in
 * column order. Each table module declares its columns once as `Column<R>`s (key, meaning, how to
 * read the value from one item), so the header, the rows and the data page's column list can never
 * drift apart.
 */
import type { Cell } from './csv.ts';

export interface ColumnInfo {
  /** The CSV header and the JSON key (snake_case). */
  readonly key: string;
  /** One line for the data page. */
  readonly meaning: string;
}

export interface Column<R> extends ColumnInfo {
  readonly value: (item: R) => Cell;
}

export interface ExportTable {
  /** File name without extension ("events"). */
  readonly name: string;
  /** Heading on the data page ("Events"). */
  readonly title: string;
  /** What one row is, for the data page. */
  readonly description: string;
  readonly columns: readonly ColumnInfo[];
  readonly rows: readonly (readonly Cell[])[];
}

export interface TableHeading {
  readonly name: string;
  readonly title: string;
  readonly description: string;
}

export function exportTable<R>(heading: TableHeading, columns: readonly Column<R>[], items: readonly R[]): ExportTable {
  return {
    ...heading,
    columns: columns.map(({ key, meaning }) => ({ key, meaning })),
    rows: items.map((item) => columns.map((column) => column.value(item))),
  };
}

/** List values in one cell ("Hamas|Qatar"); null when the list is empty. */
export function joinList(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.join('|');
}
