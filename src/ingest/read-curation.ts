/**
 * Reads the optional alias file from the input folder (IO). The article reader skips it: its
 * extension is not an article's. Parsing is `parse-curation.ts`'s job.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CURATION_FILE_NAMES } from './parse-curation.ts';


/** Larger than any hand-written alias file: a bigger one is a mistake, not rules. */
const MAX_BYTES = 1024 * 1024;

export interface CurationSource {
  /** File name relative to the input folder. */
  readonly file: string;
  readonly text: string;
}

/**
 * The alias file's text, or null when the folder has none. A symlink is not followed, as with the
 * articles. Throws when the file exists but cannot be read or is too large.
 */
/** The first of `CURATION_FILE_NAMES` that exists is used. */
export async function readCuration(dir: string): Promise<CurationSource | null> {
  for (const file of CURATION_FILE_NAMES) {
    const full = path.join(dir, file);
    const stats = await lstat(full).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    });
    if (!stats || !stats.isFile()) continue;
    if (stats.size > MAX_BYTES) throw new Error(`${file} is larger than ${MAX_BYTES} bytes`);
    return { file, text: await readFile(full, 'utf8') };
  }
  return null;
}
