import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCuration } from '../../src/ingest/read-curation.ts';
import { isArticleFileName } from '../../src/ingest/read-seeds.ts';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsweave-curation-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('readCuration', () => {
  it.each([
    ['the .yml file', { 'newsweave.aliases.yml': 'split: [a]\n', 'a.txt': 'x' }, { file: 'newsweave.aliases.yml', text: 'split: [a]\n' }],
    ['the .yaml file', { 'newsweave.aliases.yaml': 'ignore: [b]\n' }, { file: 'newsweave.aliases.yaml', text: 'ignore: [b]\n' }],
    ['the .yml file before the .yaml one', { 'newsweave.aliases.yml': '1', 'newsweave.aliases.yaml': '2' }, { file: 'newsweave.aliases.yml', text: '1' }],
    ['nothing without the file', { 'aliases.yml': 'x', 'a.txt': 'x' }, null],
  ])('reads %s', async (_, files, expected) => {
    expect(await readCuration(await folder(files))).toEqual(expected);
  });

  it('does not follow a symlink', async () => {
    const outside = await folder({ 'rules.yml': 'ignore: [x]\n' });
    const dir = await folder({});
    await symlink(path.join(outside, 'rules.yml'), path.join(dir, 'newsweave.aliases.yml'));
    expect(await readCuration(dir)).toBeNull();
  });

  it('is never read as an article', () => {
    expect([isArticleFileName('newsweave.aliases.yml'), isArticleFileName('newsweave.aliases.yaml')]).toEqual([false, false]);
  });
});
