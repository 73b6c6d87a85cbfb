import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticleFileName, readSeeds } from '../../src/ingest/read-seeds.ts';

describe('readSeeds', () => {
  it('lists article files recursively, sorted, skipping dotfiles, other types and symlinks', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'newsweave-seeds-'));
    const outside = await mkdtemp(path.join(os.tmpdir(), 'newsweave-outside-'));
    await writeFile(path.join(outside, 'secret.txt'), 'secret');
    await mkdir(path.join(root, 'b', 'deep'), { recursive: true });
    await mkdir(path.join(root, '.hidden'));
    await writeFile(path.join(root, 'z.txt'), 'z');
    await writeFile(path.join(root, 'a.md'), 'a');
    await writeFile(path.join(root, 'b', 'deep', 'c.markdown'), 'c');
    await writeFile(path.join(root, 'b', 'notes.pdf'), 'x');
    await writeFile(path.join(root, '.draft.txt'), 'x');
    await writeFile(path.join(root, '.hidden', 'h.txt'), 'x');
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    await symlink(outside, path.join(root, 'linked-dir'));

    const files = await readSeeds(root);
    expect(files.map((f) => f.file)).toEqual(['a.md', 'b/deep/c.markdown', 'z.txt']);
    expect(new TextDecoder().decode(files[1]?.bytes)).toBe('c');
  });

  it('rejects a missing folder', async () => {
    await expect(readSeeds(path.join(os.tmpdir(), 'newsweave-does-not-exist-42'))).rejects.toThrow();
  });

  it.each([
    ['story.txt', true],
    ['story.MD', true],
    ['story.markdown', true],
    ['.story.txt', false],
    ['story.html', false],
    ['story', false],
  ])('isArticleFileName(%s) → %s', (name, expected) => {
    expect(isArticleFileName(name)).toBe(expected);
  });
});
