/**
 * Per-article analysis cache on disk: one JSON file per hash(article id + text + metadata +
 * analyzer version). A corrupt or unreadable entry is a miss, never an error.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Analysis, Article } from '../model.ts';

export class AnalysisCache {
  constructor(private readonly dir: string | null) {}

  static key(article: Article, analyzerVersion: string): string {
    return createHash('sha256')
      .update(analyzerVersion)
      .update('\0')
      .update(article.id)
      .update('\0')
      .update(article.text)
      .update('\0')
      .update(JSON.stringify(article.meta))
      .digest('hex');
  }

  async get(key: string): Promise<Analysis | null> {
    if (!this.dir) return null;
    try {
      return JSON.parse(await readFile(this.file(key), 'utf8')) as Analysis;
    } catch {
      return null;
    }
  }

  async set(key: string, analysis: Analysis): Promise<void> {
    if (!this.dir) return;
    await mkdir(this.dir, { recursive: true });
    // Write then rename, so an interrupted build never leaves a half-written entry.
    const tmp = `${this.file(key)}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(analysis));
    await rename(tmp, this.file(key));
  }

  private file(key: string): string {
    return path.join(this.dir ?? '', `${key}.json`);
  }
}
