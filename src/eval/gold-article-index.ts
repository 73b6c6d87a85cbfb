/** The built article a gold file describes (gold names files by base name). */
import type { Analysis, Article, Corpus } from '../model.ts';

/** Its index in the corpus, or -1. */
export function goldArticleIndex(corpus: Pick<Corpus, 'articles'>, file: string): number {
  return corpus.articles.findIndex((a) => a.file === file || a.file.endsWith(`/${file}`));
}

/** The article and its analysis, or null when the file was not built. */
export function goldArticle(corpus: Pick<Corpus, 'articles' | 'analyses'>, file: string): { readonly article: Article; readonly analysis: Analysis } | null {
  const i = goldArticleIndex(corpus, file);
  const article = corpus.articles[i];
  const analysis = corpus.analyses[i];
  return article && analysis ? { article, analysis } : null;
}
