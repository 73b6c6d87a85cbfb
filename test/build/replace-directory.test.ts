import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDirectory } from '../../src/build/replace-directory.ts';

async function tmp(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'newsweave-replace-'));
}

describe('replaceDirectory', () => {
  it('swaps in the new content and leaves no temporary folders', async () => {
    const root = await tmp();
    const target = path.join(root, 'site');
    await mkdir(target);
    await writeFile(path.join(target, 'old.html'), 'old');
    await replaceDirectory(target, async (dir) => {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'new.html'), 'new');
    });
    expect(await readdir(target)).toEqual(['new.html']);
    expect(await readdir(root)).toEqual(['site']);
  });

  it('keeps the previous output when writing fails', async () => {
    const root = await tmp();
    const target = path.join(root, 'site');
    await mkdir(target);
    await writeFile(path.join(target, 'index.html'), 'previous');
    await expect(
      replaceDirectory(target, async (dir) => {
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'half.html'), 'half');
        throw new Error('render failed');
      }),
    ).rejects.toThrow('render failed');
    expect(await readFile(path.join(target, 'index.html'), 'utf8')).toBe('previous');
    expect(await readdir(root)).toEqual(['site']);
  });

  it('creates the output when there was none', async () => {
    const root = await tmp();
    const target = path.join(root, 'nested', 'site');
    await replaceDirectory(target, async (dir) => {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'a'), 'a');
    });
    expect(await readdir(target)).toEqual(['a']);
  });
});
