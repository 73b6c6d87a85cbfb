import { describe, expect, test } from 'vitest';
import type { Cell } from '../../../src/site/exports/csv.ts';
import type { ExportTable } from '../../../src/site/exports/export-table.ts';
import { tableCsv, tableJson } from '../../../src/site/exports/table-files.ts';
import { readCsv } from './read-csv.ts';

const table = (rows: readonly (readonly Cell[])[]): ExportTable => ({
  name: 't', title: 'T', description: 'test',
  columns: [{ key: 'id', meaning: 'id' }, { key: 'text', meaning: 'text' }, { key: 'value', meaning: 'value' }],
  rows,
});

const EDGE_ROWS: readonly (readonly Cell[])[] = [
  ['a', 'plain', 1],
  ['b', 'comma, "quote"\nnewline', -2.5],
  ['c', '=1+1', null],
  ['d', '', 0],
  ['e', 'Ḥizbullāh 🇶🇦', null],
];

describe('tableJson', () => {
  test('one object per row, keys in column order, null for no value, numbers as numbers, no formula guard', () => {
    const json = tableJson(table(EDGE_ROWS));
    const parsed = JSON.parse(json) as Record<string, unknown>[];
    expect(parsed.map((o) => Object.keys(o))).toEqual(EDGE_ROWS.map(() => ['id', 'text', 'value']));
    expect(parsed.map((o) => [o.id, o.text, o.value])).toEqual(EDGE_ROWS);
    expect(json.split('\n')).toHaveLength(EDGE_ROWS.length + 3); // "[", one line per row, "]", and the final newline
    expect(json.endsWith(']\n')).toBe(true);
  });

  test('an empty table is an empty array', () => {
    expect(tableJson(table([]))).toBe('[]\n');
  });
});

describe('tableCsv', () => {
  test('header of column keys, then the rows; reads back cell for cell', () => {
    const parsed = readCsv(tableCsv(table(EDGE_ROWS)));
    expect(parsed[0]).toEqual(['id', 'text', 'value']);
    expect(parsed.slice(1)).toEqual([
      ['a', 'plain', '1'],
      ['b', 'comma, "quote"\nnewline', '-2.5'],
      ['c', "'=1+1", ''],
      ['d', '', '0'],
      ['e', 'Ḥizbullāh 🇶🇦', ''],
    ]);
  });

  test('an empty table is its header', () => {
    expect(tableCsv(table([]))).toBe('id,text,value\r\n');
  });
});
