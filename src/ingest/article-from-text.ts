/**
 * An Article from raw text whose offsets must be kept exactly (the analysis command scores
 * extraction against labels on the text as given): no header inference, no normalisation.
 * Each line is a paragraph, except that a hard-wrapped line (no closing punctuation, next
 * line starting in lower case) continues on the next line.
 */
import type { Article, ArticleId, ArticleMeta, Paragraph, Slug } from '../model.ts';

export function articleFromText(id: string, text: string, published: string | null): Article {
  const paragraphs: Paragraph[] = [];
  const paragraphLines: number[] = [];
  const lineRe = /[^\n]*(\n|$)/g;
  let line = 0;
  let open: { start: number; end: number; line: number } | null = null;
  for (const m of text.matchAll(lineRe)) {
    if (m[0] === '') break;
    line++;
    const raw = m[0].replace(/\r?\n$/, '');
    const lead = raw.length - raw.trimStart().length;
    const start = (m.index ?? 0) + lead;
    const end = (m.index ?? 0) + raw.trimEnd().length;
    if (end <= start) {
      if (open) push(open);
      open = null;
      continue;
    }
    const continues = open !== null && !/[.!?:;"”')\]]$/.test(text.slice(open.start, open.end)) && /^[a-z]/.test(text.slice(start, end));
    if (open && continues) open.end = end;
    else {
      if (open) push(open);
      open = { start, end, line };
    }
  }
  if (open) push(open);

  function push(p: { start: number; end: number; line: number }): void {
    paragraphs.push({ start: p.start, end: p.end, kind: 'paragraph' });
    paragraphLines.push(p.line);
  }

  const meta: ArticleMeta = {
    title: { value: null, basis: 'unknown' },
    published: published ? { value: published, basis: 'front-matter' } : { value: null, basis: 'unknown' },
    source: { value: null, basis: 'unknown' },
    url: { value: null, basis: 'unknown' },
    author: { value: null, basis: 'unknown' },
  };
  return {
    id: id as ArticleId,
    slug: 'document' as Slug,
    file: id,
    format: 'text',
    meta,
    text,
    paragraphs,
    paragraphLines,
    removed: [],
    sourceHash: '',
  };
}
