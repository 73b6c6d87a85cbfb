/**
 * The analyzer version that keys the analysis cache: a hash of the analysis source code and
 * of compromise's version, so any change to a rule invalidates cached analyses by itself.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export async function analyzerVersion(): Promise<string> {
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  const compromise = require('compromise/package.json') as { version: string };
  hash.update(`compromise@${compromise.version}\n`);
  const dir = path.join(PROJECT_ROOT, 'src', 'analyze');
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) {
    hash.update(`${file.split(path.sep).join('/')}\n`);
    hash.update(await readFile(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}
