/**
 * The analysis command as scorers run it: JSONL in, JSONL out on stdout only, offsets into the
 * text as given, one output line per valid input line, problems on stderr.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';

const run = promisify(execFile);

interface OutLine {
  id: string;
  entities: { start: number; end: number; type: string; text: string; entity: string }[];
  times: { start: number; end: number; type: string; value: string; text: string }[];
  events: unknown[];
  quotes: unknown[];
  figures: unknown[];
}

const INPUT = [
  { id: 'a', text: 'Mayor Ines Duarte opened the bridge in Porto on Monday.\nCrowds cheered.', published: '2023-05-03' },
  { id: 'b', text: 'Ünïcödé — “quoted” text with an emoji 🙂 before Lisbon.' },
  { id: 'c', text: '' },
  { id: 'd', text: 'Peruvian forces shelled the port, the Peruvian government said in Lima.', published: '2023-05-03' },
];

let lines: OutLine[] = [];
let stderr = '';

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsweave-analyze-'));
  const file = path.join(dir, 'in.jsonl');
  await writeFile(file, `${INPUT.map((l) => JSON.stringify(l)).join('\n')}\n{broken\n`);
  const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', '--jsonl', file, '--jobs', '0'], { cwd: PROJECT_ROOT });
  lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as OutLine);
  stderr = result.stderr;
});

describe('npm run analyze', () => {
  it('writes one JSON line per valid input line, in order, with every key', () => {
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['entities', 'events', 'figures', 'id', 'quotes', 'times']);
  });

  it('gives offsets into the text exactly as given (UTF-16, end exclusive)', () => {
    for (const [i, l] of lines.entries()) {
      const text = INPUT[i]?.text ?? '';
      for (const e of [...l.entities, ...l.times]) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(lines[1]?.entities.map((e) => e.text)).toContain('Lisbon');
  });

  it('reports the name inside a descriptive mention, as a name finder would', () => {
    const spans = lines[3]?.entities.map((e) => `${e.text}:${e.type}`) ?? [];
    expect(spans).not.toContain('Peruvian forces:organization');
    expect(spans).not.toContain('Peruvian government:organization');
    expect(spans).toContain('Lima:place');
  });

  it('resolves against the given publication date', () => {
    expect(lines[0]?.times).toContainEqual(expect.objectContaining({ text: 'Monday', value: '2023-05-01', type: 'date' }));
  });

  it('reports a malformed line on stderr, not stdout', () => {
    expect(stderr).toMatch(/line 5: skipped/);
  });
});
