/**
 * Article body → HTML: mdast from the article's paragraphs, `remarkAnnotate` for sentences,
 * mentions and times, then remark-rehype and rehype-stringify. Raw HTML is never passed through,
 * so article text always comes out escaped.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { Analysis, Article } from '../model.ts';
import { articleTree } from './article-tree.ts';
import remarkAnnotate, { type Options } from './remark-annotate.ts';

export interface RenderedBody {
  readonly html: string;
  /** Problems found while annotating (overlaps, spans crossing boundaries). */
  readonly messages: readonly string[];
}

/** Body HTML of an article; `entityHref` / `entityId` give each mention's link target and id. */
export function renderArticleBody(
  article: Article,
  analysis: Analysis,
  entityHref: (mentionIndex: number) => string | null,
  entityId: (mentionIndex: number) => string | null = () => null,
): string {
  return renderArticleBodyWithMessages(article, analysis, entityHref, entityId).html;
}

export function renderArticleBodyWithMessages(
  article: Article,
  analysis: Analysis,
  entityHref: (mentionIndex: number) => string | null,
  entityId: (mentionIndex: number) => string | null = () => null,
): RenderedBody {
  const options: Options = {
    sentences: analysis.sentences,
    mentions: analysis.mentions.map((mention, i) => ({
      start: mention.start, end: mention.end, type: mention.type, href: entityHref(i), entity: entityId(i),
    })),
    times: analysis.times,
  };
  const processor = unified().use(remarkAnnotate, options).use(remarkRehype).use(rehypeStringify);
  const file = new VFile({ path: article.file });
  const tree = processor.runSync(articleTree(article), file);
  const html = processor.stringify(tree, file);
  return { html, messages: file.messages.map((m) => m.reason) };
}
