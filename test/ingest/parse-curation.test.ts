import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../src/ingest/parse-curation.ts';
import { entryLines } from '../../src/ingest/curation-lines.ts';

const FILE = 'newsweave.aliases.yml';
const parse = (text: string) => parseCuration(text, FILE);
/** Each diagnostic as "line severity ruleId". */
const problems = (text: string): string[] => parse(text).diagnostics.map((d) => `${d.line} ${d.severity} ${d.ruleId}`);

describe('parseCuration: valid files', () => {
  it('reads every section with the line of each entry', () => {
    const { curation, diagnostics } = parse(
      [
        '# owner corrections',
        'merge:',
        '  - [Dana Vell, D. Vell]',
        '  - names: [Orvin Board, OB]',
        '    name: The Orvin Board',
        '',
        'split:',
        '  - Vell Street',
        'type:',
        '  Harrow Ridge: place',
        '  Tarn Union: organisation',
        'rename:',
        '  Dana Vell: Dana R. Vell',
        'ignore:',
        '  - Monday Club',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(curation).toEqual({
      file: FILE,
      merge: [
        { names: ['Dana Vell', 'D. Vell'], line: 3 },
        { names: ['Orvin Board', 'OB'], name: 'The Orvin Board', line: 4 },
      ],
      split: [{ name: 'Vell Street', line: 8 }],
      type: [
        { name: 'Harrow Ridge', type: 'place', line: 10 },
        { name: 'Tarn Union', type: 'organization', line: 11 },
      ],
      rename: [{ from: 'Dana Vell', to: 'Dana R. Vell', line: 13 }],
      ignore: [{ name: 'Monday Club', line: 15 }],
    });
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing yet\n'],
    ['empty sections', 'merge:\nsplit:\ntype:\n'],
    ['a byte-order mark', '\uFEFF# nothing\n'],
  ])('%s gives no rules and no problems', (_, text) => {
    const { curation, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect([curation.merge, curation.split, curation.type, curation.rename, curation.ignore].flat()).toEqual([]);
  });

  it.each([
    ['quoted names keep colons and hashes', 'ignore:\n  - "Gate: North # 2"\n', 'Gate: North # 2'],
    ['extra spaces are collapsed', 'ignore:\n  - "  Pell   Yard "\n', 'Pell Yard'],
    ['a single name without a list', 'split: Pell Yard\n', 'Pell Yard'],
    ['a number is a name as written', 'ignore:\n  - 1984\n', '1984'],
  ])('%s', (_, text, name) => {
    const { curation } = parse(text);
    expect([...curation.ignore, ...curation.split].map((r) => r.name)).toEqual([name]);
  });

  it('accepts sequences at the key indent and CRLF line ends, with exact lines', () => {
    const { curation } = parse('split:\r\n- Pell Yard\r\n# gap\r\n- Rook Hall\r\n');
    expect(curation.split).toEqual([
      { name: 'Pell Yard', line: 2 },
      { name: 'Rook Hall', line: 4 },
    ]);
  });

  it('puts entries of a one-line flow list at the section line', () => {
    const { curation } = parse('\nmerge: [[Pell Yard, Pell Yards], [Rook Hall, Rook Halls]]\n');
    expect(curation.merge.map((m) => m.line)).toEqual([2, 2]);
  });

  it('de-duplicates names within a merge entry', () => {
    expect(parse('merge:\n  - [Pell Yard, Pell Yard, Rook Hall]\n').curation.merge[0]!.names).toEqual(['Pell Yard', 'Rook Hall']);
  });
});

describe('parseCuration: invalid entries are reported at their line and skipped', () => {
  it.each([
    ['broken YAML', 'merge:\n  - [Pell Yard, Rook Hall\nsplit:\n  - x\n', ['3 error curation-yaml-invalid']],
    ['a duplicated key', 'type:\n  Pell Yard: place\n  Pell Yard: person\n', ['3 error curation-yaml-invalid']],
    ['a list at the top', '- Pell Yard\n', ['1 error curation-not-a-mapping']],
    ['an unknown section', 'merge:\n  - [A b, C d]\nalias:\n  - x\n', ['3 warning curation-unknown-section']],
    ['a merge of one name', 'merge:\n  - [Pell Yard]\n', ['2 error curation-entry-invalid']],
    ['a merge that is a single name', 'merge:\n  - [A b, C d]\n  - Pell Yard\n', ['3 error curation-entry-invalid']],
    ['a merge with an unknown key', 'merge:\n  - names: [A b, C d]\n    nmae: X\n', ['2 error curation-entry-invalid']],
    ['a merge with a non-text name', 'merge:\n  - [A b, [C d]]\n', ['2 error curation-entry-invalid']],
    ['a merge section that is not a list', 'merge: Pell Yard\n', ['1 error curation-entry-invalid']],
    ['an empty ignore entry', 'ignore:\n  - Pell Yard\n  - ""\n', ['3 error curation-entry-invalid']],
    ['a mapping in split', 'split:\n  - Pell Yard: x\n', ['2 error curation-entry-invalid']],
    ['an unknown type', 'type:\n  Pell Yard: place\n  Rook Hall: building\n', ['3 error curation-entry-invalid']],
    ['a type section that is a list', 'type:\n  - Pell Yard\n', ['1 error curation-entry-invalid']],
    ['a rename to a list', 'rename:\n\n  Pell Yard: [x]\n', ['3 error curation-entry-invalid']],
  ])('%s', (_, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('keeps the valid entries around an invalid one', () => {
    const { curation, diagnostics } = parse('type:\n  Pell Yard: place\n  Rook Hall: 7\n  Tor Cove: group\n');
    expect(curation.type.map((t) => t.name)).toEqual(['Pell Yard', 'Tor Cove']);
    expect(diagnostics.map((d) => d.line)).toEqual([3]);
    expect(diagnostics[0]!.file).toBe(FILE);
  });

  it('names the problem in words', () => {
    expect(parse('type:\n  Rook Hall: building\n').diagnostics[0]!.reason).toContain("'building' is not a type");
  });
});

describe('entryLines', () => {
  it.each([
    ['block list', 'split:\n  - a\n  - b\n', [2, 3]],
    ['multi-line items', 'merge:\n  - names: [a, b]\n    name: c\n  - [d, e]\n', [2, 4]],
    ['nested compact list', 'merge:\n  - - a\n    - b\n  - [c, d]\n', [2, 4]],
    ['flow list on the key line', 'merge: [[a, b]]\n', []],
  ])('%s', (_, text, lines) => {
    expect(entryLines(text).get(text.slice(0, text.indexOf(':')))!.sequence).toEqual(lines);
  });

  it('finds mapping keys, quoted or not', () => {
    const at = entryLines('type:\n  "Rook: Hall": place\n  Tor Cove: group\n').get('type')!;
    expect([...at.mapping]).toEqual([
      ['Rook: Hall', 2],
      ['Tor Cove', 3],
    ]);
  });
});
