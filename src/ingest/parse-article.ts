/**
 * One source file → one Article (or null) plus diagnostics. Pure: bad input never throws, it becomes
 * a diagnostic naming the file, a 1-based line and a rule id.
 *
 * Front matter (title, date, source, url, author) overrides anything inferred from the text.
 * Malformed front matter is reported and its block dropped; the article is still built from the
 * body, so one bad YAML line does not cost the reader the whole article.
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleId, ArticleMeta, Diagnostic, MetaField, RemovedLine } from '../model.ts';
import { slugify } from '../site/slug.ts';
import { decodeSource } from './decode-source.ts';
import { groupParagraphs, type TextBlock } from './group-paragraphs.ts';
import { inferHeader, type HeaderInference, type HeaderLine } from './infer-header.ts';
import { joinParagraphs } from './join-paragraphs.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import { parseDate } from './parse-date.ts';
import type { SourceFile } from './read-seeds.ts';
import { readFrontMatter, type FrontMatter } from './read-front-matter.ts';

export interface ParsedArticle {
  readonly article: Article | null;
  readonly diagnostics: Diagnostic[];
}

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown)$/i;

export function parseArticle(source: SourceFile): ParsedArticle {
  const { file } = source;
  const diagnostics: Diagnostic[] = [];
  const decoded = decodeSource(source.bytes);
  if (!decoded.ok) {
    diagnostics.push({ file, line: decoded.line ?? 1, severity: 'error', ruleId: decoded.ruleId, reason: decoded.reason });
    return { article: null, diagnostics };
  }
  for (const w of decoded.warnings) diagnostics.push({ file, line: w.line ?? 1, severity: 'warning', ruleId: w.ruleId, reason: w.reason });

  const frontMatter = readFrontMatter(decoded.text);
  const removed: RemovedLine[] = [];
  if (frontMatter.error) {
    diagnostics.push({
      file,
      line: frontMatter.error.line,
      severity: 'warning',
      ruleId: 'front-matter-invalid',
      reason: `front matter is not valid YAML (${frontMatter.error.reason}); its fields are ignored and the article is read from the body`,
    });
    removed.push({ line: 1, text: '---', reason: `invalid front matter block (lines 1–${frontMatter.lineCount})` });
  }
  const given = frontMatterMeta(frontMatter, file, diagnostics);

  const format = MARKDOWN_EXTENSIONS.test(file) ? 'markdown' : 'text';
  const { header, blocks, extraRemoved } =
    format === 'markdown' ? readMarkdownBody(frontMatter, given.title?.value ?? null) : readTextBody(frontMatter, given.title?.value ?? null);
  removed.push(...extraRemoved, ...header.removed);
  removed.sort((a, b) => a.line - b.line);

  const meta: ArticleMeta = {
    title: given.title ?? header.title,
    published: given.published ?? header.published,
    source: given.source ?? header.source,
    url: given.url ?? header.url,
    author: given.author ?? header.author,
  };
  const joined = joinParagraphs(blocks);
  if (joined.text === '') {
    diagnostics.push({ file, line: 1, severity: 'warning', ruleId: 'empty-body', reason: 'no article text is left after the header and page furniture were removed' });
  }
  if (meta.title.value === null) {
    diagnostics.push({ file, line: 1, severity: 'info', ruleId: 'title-unknown', reason: 'no front-matter title and no headline-shaped first line; the file name stands in' });
  }
  if (meta.published.value === null) {
    diagnostics.push({ file, line: 1, severity: 'info', ruleId: 'published-unknown', reason: 'no front-matter date and no dateline: the article is undated' });
  }

  const id = file.replace(/\.[^./]+$/, '') as ArticleId;
  const article: Article = {
    id,
    slug: slugify(meta.title.value ?? id.split('/').pop() ?? id),
    file,
    format,
    meta,
    text: joined.text,
    paragraphs: joined.paragraphs,
    paragraphLines: joined.paragraphLines,
    removed,
    sourceHash: createHash('sha256').update(source.bytes).digest('hex'),
  };
  return { article, diagnostics };
}

interface BodyResult {
  readonly header: HeaderInference;
  readonly blocks: readonly TextBlock[];
  readonly extraRemoved: readonly RemovedLine[];
}

function readTextBody(frontMatter: FrontMatter, knownTitle: string | null): BodyResult {
  const lines: HeaderLine[] = frontMatter.body.split('\n').map((text, i) => ({ text, line: frontMatter.lineCount + i + 1 }));
  const header = inferHeader(lines, { knownTitle });
  return { header, blocks: groupParagraphs(header.body), extraRemoved: [] };
}

/** Markdown: blocks from remark, the first H1 as title, then the same header rules on the blocks. */
function readMarkdownBody(frontMatter: FrontMatter, knownTitle: string | null): BodyResult {
  const parsed = markdownBlocks(frontMatter.body, frontMatter.lineCount);
  const extraRemoved: RemovedLine[] = [...parsed.removed];
  let blocks = [...parsed.blocks];
  let h1Title: MetaField<string> | null = null;
  const h1 = blocks.findIndex((b) => b.kind === 'heading' && b.depth === 1);
  if (h1 !== -1) {
    const heading = blocks[h1];
    if (heading && knownTitle === null) h1Title = { value: heading.text, basis: 'stated', line: heading.line, note: 'first level-1 heading' };
    if (heading && (knownTitle === null || sameText(heading.text, knownTitle))) {
      extraRemoved.push({ line: heading.line, text: heading.text, reason: knownTitle === null ? 'headline' : 'repeated headline' });
      blocks = blocks.filter((_, i) => i !== h1);
    }
  }
  // Blocks become one line each, with blank lines between, so the line rules see block boundaries.
  const lines: HeaderLine[] = blocks.flatMap((b) => [
    { text: b.text, line: b.line, kind: b.kind },
    { text: '', line: b.line },
  ]);
  const header = inferHeader(lines, { knownTitle: knownTitle ?? h1Title?.value ?? null });
  const kept: TextBlock[] = header.body.flatMap((l) => (l.text.trim() === '' ? [] : [{ text: l.text.trim(), line: l.line, kind: l.kind ?? 'paragraph' }]));
  return { header: h1Title ? { ...header, title: h1Title } : header, blocks: kept, extraRemoved };
}

type GivenMeta = { -readonly [K in keyof ArticleMeta]?: ArticleMeta[K] };

/** The front-matter fields that are present and valid, each with basis 'front-matter'. */
function frontMatterMeta(frontMatter: FrontMatter, file: string, diagnostics: Diagnostic[]): GivenMeta {
  const { data, raw } = frontMatter;
  const given: GivenMeta = {};
  const lineOfKey = (key: string): number => {
    const index = raw.split('\n').findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
    return index === -1 ? 1 : index + 2;
  };
  const field = (value: string, key: string): MetaField<string> => ({ value, basis: 'front-matter', line: lineOfKey(key), note: `front matter '${key}'` });
  const warn = (key: string, reason: string): void => {
    diagnostics.push({ file, line: lineOfKey(key), severity: 'warning', ruleId: 'front-matter-field-invalid', reason: `front matter '${key}': ${reason}; ignored` });
  };
  const key = (...names: string[]): string | undefined => names.find((n) => data[n] !== undefined && data[n] !== null && data[n] !== '');

  const titleKey = key('title', 'headline');
  if (titleKey) {
    const title = scalarText(data[titleKey]);
    if (title) given.title = field(title, titleKey);
    else warn(titleKey, 'not a text value');
  }
  const dateKey = key('date', 'published');
  if (dateKey) {
    const date = frontMatterDate(data[dateKey], rawScalar(raw, dateKey));
    if (date) given.published = field(date, dateKey);
    else {
      diagnostics.push({
        file,
        line: lineOfKey(dateKey),
        severity: 'warning',
        ruleId: 'front-matter-date-invalid',
        reason: `front matter '${dateKey}' (${JSON.stringify(rawScalar(raw, dateKey) ?? String(data[dateKey]))}) is not a possible calendar date with day, month and year; ignored`,
      });
    }
  }
  const sourceKey = key('source', 'outlet', 'publisher');
  if (sourceKey) {
    const source = scalarText(data[sourceKey]);
    if (source) given.source = field(source, sourceKey);
    else warn(sourceKey, 'not a text value');
  }
  const urlKey = key('url', 'link');
  if (urlKey) {
    const url = scalarText(data[urlKey]);
    // Only web URLs: anything else (javascript:, data:) would be a link the site must not render.
    if (url && /^https?:\/\/[^\s"'<>]+$/i.test(url)) given.url = field(url, urlKey);
    else warn(urlKey, 'not an http(s) URL');
  }
  const authorKey = key('author', 'authors', 'byline');
  if (authorKey) {
    const value = data[authorKey];
    const author = Array.isArray(value) ? value.map(scalarText).filter(Boolean).join(', ') : scalarText(value);
    if (author) given.author = field(author, authorKey);
    else warn(authorKey, 'not a text value or list of names');
  }
  return given;
}

/** A date from the raw YAML text when possible (js-yaml turns 2024-02-30 into 1 March silently). */
function frontMatterDate(value: unknown, raw: string | undefined): string | null {
  if (raw !== undefined) return parseDate(raw);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? parseDate(value) : null;
}

/** The raw scalar written after `key:` on its own line, quotes removed. */
function rawScalar(raw: string, key: string): string | undefined {
  const match = new RegExp(`^${key}\\s*:[ \\t]*(.+?)[ \\t]*$`, 'm').exec(raw);
  return match?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}
