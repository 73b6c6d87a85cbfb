/** articles.csv: one row per article, in corpus order, with each metadata value and how it was obtained. */
import type { Article } from '../../model.ts';
import type { SiteContext } from '../site-context.ts';
import { exportTable, type Column, type ExportTable } from './export-table.ts';

export function articlesTable(context: SiteContext): ExportTable {
  const { urls } = context;
  const columns: Column<Article>[] = [
    { key: 'id', meaning: 'article id: its path under the input folder, without extension', value: (a) => a.id },
    { key: 'slug', meaning: 'the article’s URL segment on this site', value: (a) => a.slug },
    { key: 'file', meaning: 'source file, relative to the input folder', value: (a) => a.file },
    { key: 'title', meaning: 'headline', value: (a) => a.meta.title.value },
    { key: 'published', meaning: 'publication date (YYYY-MM-DD); empty when unknown', value: (a) => a.meta.published.value },
    {
      key: 'published_basis',
      meaning: 'how the date was obtained: front-matter, stated (printed in the article), inferred or unknown',
      value: (a) => a.meta.published.basis,
    },
    { key: 'source', meaning: 'outlet or publisher', value: (a) => a.meta.source.value },
    { key: 'author', meaning: 'byline', value: (a) => a.meta.author.value },
    { key: 'url', meaning: 'original URL', value: (a) => a.meta.url.value },
    { key: 'page', meaning: 'the article on this site', value: (a) => urls.href(urls.article(a.slug)) },
  ];
  return exportTable(
    { name: 'articles', title: 'Articles', description: 'One row per article, in the order of the corpus.' },
    columns,
    context.corpus.articles,
  );
}
