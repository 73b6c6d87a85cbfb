/**
 * Markdown body → plain-text blocks (headings, paragraphs, list items, blockquote paragraphs) via
 * remark-parse. Markup is dropped, the words kept: emphasis and links become their text, images
 * their alt text, inline HTML loses its tags. Code blocks are not article prose and are left out
 * (recorded as removed); an HTML block keeps only its text, and <script>/<style> lose their content.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { RemovedLine } from '../model.ts';
import { collapseSpaces, type TextBlock } from './group-paragraphs.ts';

export interface MarkdownBlock extends TextBlock {
  /** Heading depth (1–6) for headings. */
  readonly depth?: number;
}

export interface MarkdownBlocks {
  readonly blocks: readonly MarkdownBlock[];
  readonly removed: readonly RemovedLine[];
}

/** Parses `markdown`; `lineOffset` is added to every line (front matter lines before the body). */
export function markdownBlocks(markdown: string, lineOffset = 0): MarkdownBlocks {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const blocks: MarkdownBlock[] = [];
  const removed: RemovedLine[] = [];
  const lineOf = (node: Nodes): number => (node.position?.start.line ?? 1) + lineOffset;
  const push = (node: Nodes, text: string, kind: TextBlock['kind'], depth?: number): void => {
    const clean = collapseSpaces(text);
    if (clean !== '') blocks.push(depth === undefined ? { text: clean, line: lineOf(node), kind } : { text: clean, line: lineOf(node), kind, depth });
  };

  const visitBlock = (node: RootContent, inQuote: boolean): void => {
    switch (node.type) {
      case 'heading':
        push(node, inlineText(node), inQuote ? 'blockquote' : 'heading', inQuote ? undefined : node.depth);
        return;
      case 'paragraph':
        push(node, inlineText(node), inQuote ? 'blockquote' : 'paragraph');
        return;
      case 'blockquote':
        for (const child of node.children) visitBlock(child, true);
        return;
      case 'list':
        for (const item of node.children) {
          const own = item.children.filter((c) => c.type !== 'list');
          push(item, own.map(inlineText).join(' '), inQuote ? 'blockquote' : 'list-item');
          for (const nested of item.children.filter((c) => c.type === 'list')) visitBlock(nested, inQuote);
        }
        return;
      case 'table':
        for (const row of node.children) push(row, row.children.map(inlineText).join('; '), 'paragraph');
        return;
      case 'html': {
        const text = stripTags(node.value);
        if (text.trim() !== '') push(node, text, inQuote ? 'blockquote' : 'paragraph');
        else removed.push({ line: lineOf(node), text: firstLine(node.value), reason: 'html markup' });
        return;
      }
      case 'code':
        removed.push({ line: lineOf(node), text: firstLine(node.value), reason: 'code block' });
        return;
      default:
        // thematicBreak, definition, footnoteDefinition, yaml: no article prose.
        return;
    }
  };
  for (const child of tree.children) visitBlock(child, false);
  return { blocks, removed };
}

/** The words of an inline subtree. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return stripTags(node.value);
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'break':
      return ' ';
    case 'footnoteReference':
    case 'definition':
    case 'code':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inlineText).join('') : '';
  }
}

/** Text of an HTML fragment: scripts, styles and comments dropped, tags removed, basic entities decoded. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 200);
}
