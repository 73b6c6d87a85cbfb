/** Index of the built article a gold file describes (gold names files by base name), or -1. */
import type { Corpus } from '../model.ts';

export function goldArticleIndex(corpus: Pick<Corpus, 'articles'>, file: string): number {
  return corpus.articles.findIndex((a) => a.file === file || a.file.endsWith(`/${file}`));
}
