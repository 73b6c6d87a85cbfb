import { describe, expect, test } from 'vitest';
import { csvCell, csvRecord, toCsv, type Cell } from '../../../src/site/exports/csv.ts';
import { readCsv } from './read-csv.ts';

describe('csvCell', () => {
  test.each<[string, Cell, string]>([
    ['plain text', 'Qatar', 'Qatar'],
    ['empty string', '', ''],
    ['null is an empty cell', null, ''],
    ['integer', 34, '34'],
    ['zero', 0, '0'],
    ['decimal', 2.5, '2.5'],
    ['negative number stays a number, unguarded', -3, '-3'],
    ['NaN is no value', Number.NaN, ''],
    ['Infinity is no value', Number.POSITIVE_INFINITY, ''],
    ['comma', 'Cairo, Egypt', '"Cairo, Egypt"'],
    ['double quote', 'Talks "stall"', '"Talks ""stall"""'],
    ['only a quote', '"', '""""'],
    ['LF', 'line one\nline two', '"line one\nline two"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['markup is just text', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['leading =', '=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['leading +', '+44 20', "'+44 20"],
    ['leading - as text', '-5', "'-5"],
    ['leading @', '@user', "'@user"],
    ['leading tab', '\tx', "'\tx"],
    ['leading CR is guarded, then quoted', '\r=1', `"'\r=1"`],
    ['guard and quoting together', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['= inside is harmless', 'a=b', 'a=b'],
    ['apostrophe already there', "'quoted", "'quoted"],
    ['Unicode kept as is', 'Kata’ib Ḥizbullāh — 北京', 'Kata’ib Ḥizbullāh — 北京'],
    ['astral plane', 'flag 🇶🇦', 'flag 🇶🇦'],
    ['leading and trailing spaces kept', ' x ', ' x '],
  ])('%s', (_label, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('csvRecord and toCsv', () => {
  test('a record ends with CRLF and joins cells with commas', () => {
    expect(csvRecord(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
  });

  test('an all-empty record keeps its commas', () => {
    expect(csvRecord([null, null, ''])).toBe(',,\r\n');
  });

  test('a table with no rows is its header alone', () => {
    expect(toCsv(['id', 'name'], [])).toBe('id,name\r\n');
  });

  test.each<[string, readonly (readonly Cell[])[], string[][]]>([
    ['simple', [['1', 'Egypt']], [['1', 'Egypt']]],
    ['quotes and commas', [['"x"', 'a, b']], [['"x"', 'a, b']]],
    ['line breaks inside a value', [['two\nlines', 'CR\r\nLF']], [['two\nlines', 'CR\r\nLF']]],
    ['empty values', [[null, ''], ['', null]], [['', ''], ['', '']]],
    ['numbers', [[0, -1.5]], [['0', '-1.5']]],
    ['formula guard', [['=1+1', '@x']], [["'=1+1", "'@x"]]],
    ['Unicode', [['Ḥizbullāh', '“quoted”']], [['Ḥizbullāh', '“quoted”']]],
  ])('reads back with an RFC 4180 reader: %s', (_label, rows, expected) => {
    expect(readCsv(toCsv(['a', 'b'], rows))).toEqual([['a', 'b'], ...expected]);
  });
});
