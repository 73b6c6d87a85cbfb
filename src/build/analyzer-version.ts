/**
 * The analyzer version that keys the analysis cache: a hash of the analysis source code, its
 * data files and compromise's version, so any change to a rule or its data invalidates cached
 * analyses by itself.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

/** Folders under src/ whose code and data decide an analysis (time/ holds the calendar it uses). */
const ANALYSIS_SOURCES = ['analyze', 'time'] as const;

export async function analyzerVersion(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`compromise@${await packageVersionOf('compromise')}\n`);
  for (const folder of ANALYSIS_SOURCES) {
    const dir = path.join(PROJECT_ROOT, 'src', folder);
    const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(ts|json)$/.test(f)).sort();
    for (const file of files) {
      hash.update(`${folder}/${file.split(path.sep).join('/')}\n`);
      hash.update(await readFile(path.join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** A dependency's version, read from its package.json (compromise does not export that file). */
async function packageVersionOf(name: string): Promise<string> {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      // no package.json here: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
