/**
 * Paragraph blocks → the article's one normalised text with paragraph spans: paragraphs joined by
 * one blank line ("\n\n"), so every offset later stages compute is into this exact string.
 */
import type { Paragraph } from '../model.ts';
import type { TextBlock } from './group-paragraphs.ts';

export interface JoinedText {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly paragraphLines: readonly number[];
}

const SEPARATOR = '\n\n';

export function joinParagraphs(blocks: readonly TextBlock[]): JoinedText {
  let text = '';
  const paragraphs: Paragraph[] = [];
  const paragraphLines: number[] = [];
  for (const block of blocks) {
    if (block.text === '') continue;
    if (text !== '') text += SEPARATOR;
    paragraphs.push({ start: text.length, end: text.length + block.text.length, kind: block.kind });
    paragraphLines.push(block.line);
    text += block.text;
  }
  return { text, paragraphs, paragraphLines };
}
