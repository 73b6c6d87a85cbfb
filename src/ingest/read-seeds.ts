/**
 * The one IO module of ingest: lists the article files under the input folder and reads their bytes.
 * Everything after this works on the returned values, so it can be tested without a file system.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One input file: its path relative to the input folder (forward slashes) and its raw bytes. */
export interface SourceFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/** True for the file names ingest treats as articles. */
export function isArticleFileName(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/**
 * Reads every `.txt`, `.md` and `.markdown` file under `dir`, recursively, sorted by relative path
 * (code-unit order, so the result is the same on every machine). Dotfiles and dot-folders are skipped;
 * symlinks are never followed (lstat), so nothing outside the folder can be read through one.
 */
export async function readSeeds(dir: string): Promise<SourceFile[]> {
  const relativePaths = await listArticleFiles(dir, '');
  relativePaths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: SourceFile[] = [];
  for (const file of relativePaths) {
    const buffer = await readFile(path.join(dir, ...file.split('/')));
    files.push({ file, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
  }
  return files;
}

async function listArticleFiles(root: string, relativeDir: string): Promise<string[]> {
  const absoluteDir = path.join(root, ...relativeDir.split('/').filter(Boolean));
  const entries = await readdir(absoluteDir);
  const found: string[] = [];
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const relative = relativeDir ? `${relativeDir}/${name}` : name;
    const stats = await lstat(path.join(absoluteDir, name));
    if (stats.isSymbolicLink()) continue;
    if (stats.isDirectory()) found.push(...(await listArticleFiles(root, relative)));
    else if (stats.isFile() && isArticleFileName(name)) found.push(relative);
  }
  return found;
}
