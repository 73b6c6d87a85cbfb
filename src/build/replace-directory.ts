/**
 * Atomic output: the new site is written into a sibling temporary folder and swapped in only
 * when complete, so a failed or interrupted build leaves the previous output as it was.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export async function replaceDirectory(target: string, write: (tempDir: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const temp = path.join(parent, `.${base}.building-${process.pid}`);
  const old = path.join(parent, `.${base}.previous-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await rm(temp, { recursive: true, force: true });
  try {
    await write(temp);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  const hadPrevious = await exists(target);
  if (hadPrevious) await rename(target, old);
  try {
    await rename(temp, target);
  } catch (error) {
    if (hadPrevious) await rename(old, target);
    throw error;
  }
  if (hadPrevious) await rm(old, { recursive: true, force: true });
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
