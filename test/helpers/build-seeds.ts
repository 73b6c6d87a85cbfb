/** Builds the project's seeds/ into a fresh temporary folder (shared by e2e and browser tests). */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, type BuildReport } from '../../src/build.ts';
import { PROJECT_ROOT, resolveOptions } from '../../src/config.ts';

export async function buildSeedsInto(tmpPrefix: string): Promise<{ out: string; report: BuildReport }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), tmpPrefix));
  const out = path.join(dir, 'site');
  const options = resolveOptions({
    input: path.join(PROJECT_ROOT, 'seeds'),
    output: out,
    cacheDir: path.join(dir, 'cache'),
    jobs: 2,
    quiet: true,
  });
  const report = await build(options);
  return { out, report };
}
