/**
 * Builds the mdast tree of an article body from its normalised text and paragraph list. Each block
 * holds one text node whose `position` offsets point into `Article.text`, which is what lets
 * `remarkAnnotate` place sentence, mention and time wrappers by article offsets.
 */
import type { BlockContent, List, ListItem, Paragraph as MdParagraph, Root, RootContent, Text } from 'mdast';
import type { Article, Paragraph } from '../model.ts';

export function articleTree(article: Article): Root {
  const children: RootContent[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    const text = textNode(article, paragraph, article.paragraphLines[index] ?? 1);
    const previous = children.at(-1);
    if (paragraph.kind === 'heading') {
      children.push({ type: 'heading', depth: 2, children: [text] });
    } else if (paragraph.kind === 'list-item') {
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraphOf(text)] };
      if (previous?.type === 'list') previous.children.push(item);
      else children.push({ type: 'list', ordered: false, spread: false, children: [item] } satisfies List);
    } else if (paragraph.kind === 'blockquote') {
      // Consecutive quoted paragraphs read as one quotation.
      const block: BlockContent = paragraphOf(text);
      if (previous?.type === 'blockquote') previous.children.push(block);
      else children.push({ type: 'blockquote', children: [block] });
    } else {
      children.push(paragraphOf(text));
    }
  });
  return { type: 'root', children };
}

function paragraphOf(text: Text): MdParagraph {
  return { type: 'paragraph', children: [text] };
}

function textNode(article: Article, paragraph: Paragraph, line: number): Text {
  return {
    type: 'text',
    value: article.text.slice(paragraph.start, paragraph.end),
    position: {
      start: { line, column: 1, offset: paragraph.start },
      end: { line, column: 1 + paragraph.end - paragraph.start, offset: paragraph.end },
    },
  };
}
