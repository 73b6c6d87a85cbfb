/**
 * View model of the data page (/data/) together with the export files it documents: each table's
 * CSV and JSON text is built here once, so the sizes and row counts the page shows are those of
 * the bytes written.
 */
import type { SiteContext } from '../site-context.ts';
import type { DataDownload, DataFile, DataPage, DataTableView } from '../view-models.ts';
import type { ExportTable } from './export-table.ts';
import { readableSize, utf8Bytes } from './readable-size.ts';
import { tableCsv, tableJson } from './table-files.ts';

export function dataPage(context: SiteContext, tables: readonly ExportTable[], corpusJson: string): DataPage {
  const { urls } = context;
  const files: DataFile[] = [];
  const download = (name: string, format: DataDownload['format'], content: string): DataDownload => {
    files.push({ path: urls.dataFile(name), content });
    return { name, format, href: urls.href(urls.dataFile(name)), size: readableSize(utf8Bytes(content)) };
  };
  const views = tables.map(
    (table): DataTableView => ({
      name: table.name,
      title: table.title,
      description: table.description,
      rows: table.rows.length,
      columns: table.columns,
      downloads: [download(`${table.name}.csv`, 'CSV', tableCsv(table)), download(`${table.name}.json`, 'JSON', tableJson(table))],
    }),
  );
  return {
    path: urls.dataPage,
    href: urls.href(urls.dataPage),
    corpus: { name: 'corpus.json', format: 'JSON', href: urls.href(urls.data), size: readableSize(utf8Bytes(corpusJson)) },
    tables: views,
    files,
  };
}
