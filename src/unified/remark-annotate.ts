/**
 * remark plugin: wraps the text of an article in sentence anchors, mention links and time elements.
 *
 * Text nodes must carry `position.start.offset` / `position.end.offset` into the article text (as
 * `articleTree` builds them); annotations are given in the same offsets. Sentences are outermost and
 * are clipped to their paragraph. Mentions and times never nest in each other: where two overlap, the
 * one that starts first is kept (the longer on a tie, the time on an exact tie), and the other is
 * reported with `file.message`. Anything that would cross a sentence boundary is dropped and reported,
 * so the output always nests correctly.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Properties } from 'hast';
import type { VFile } from 'vfile';
import type { EntityType, TimeBasisKind } from '../model.ts';
import { htmlDatetime } from '../site/html-datetime.ts';
import type { AnnotationNode } from './annotation-node.ts';

export interface SentenceMark {
  readonly start: number;
  readonly end: number;
  /** 0-based sentence index; the anchor id is `s-<index + 1>`. */
  readonly index: number;
}

export interface MentionMark {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Actor page URL, or null to mark the mention without a link. */
  readonly href: string | null;
  /** Entity id for `data-entity`, when resolved. */
  readonly entity: string | null;
}

export interface TimeMark {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly basis: TimeBasisKind;
  readonly explanation: string;
}

export interface Options {
  readonly sentences?: readonly SentenceMark[];
  readonly mentions?: readonly MentionMark[];
  readonly times?: readonly TimeMark[];
}

interface Wrap {
  readonly start: number;
  readonly end: number;
  readonly node: () => AnnotationNode;
}

export default function remarkAnnotate(options: Options = {}) {
  const sentences = options.sentences ?? [];
  const mentions = options.mentions ?? [];
  const times = options.times ?? [];

  return function transform(tree: Root, file: VFile): undefined {
    if (sentences.length === 0 && mentions.length === 0 && times.length === 0) return;
    const inline = chooseInline(mentions, times, file);
    replaceTextNodes(tree, (text) => annotateText(text, sentences, inline, file));
  };
}

/** Mentions and times as one non-overlapping list, sorted by start. */
function chooseInline(mentions: readonly MentionMark[], times: readonly TimeMark[], file: VFile): Wrap[] {
  const candidates = [
    ...times.map((time, order) => ({ start: time.start, end: time.end, order, label: `time "${time.value}"`, node: () => timeNode(time) })),
    ...mentions.map((mention, order) => ({
      start: mention.start, end: mention.end, order: times.length + order, label: `mention of ${mention.entity ?? mention.type}`,
      node: () => mentionNode(mention),
    })),
  ].sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);

  const kept: Wrap[] = [];
  for (const candidate of candidates) {
    const last = kept.at(-1);
    if (candidate.end <= candidate.start) {
      file.message(`Empty ${candidate.label} at ${candidate.start} left out`);
    } else if (last && candidate.start < last.end) {
      file.message(`Overlapping ${candidate.label} at ${candidate.start}-${candidate.end} left unmarked`);
    } else {
      kept.push(candidate);
    }
  }
  return kept;
}

function annotateText(text: Text, sentences: readonly SentenceMark[], inline: readonly Wrap[], file: VFile): PhrasingContent[] | null {
  const from = text.position?.start.offset;
  const to = text.position?.end.offset;
  if (from === undefined || to === undefined) return null;
  const pieces = sentencePieces(from, to, sentences, file);

  const inside: Wrap[] = [];
  for (const wrap of inline) {
    if (wrap.end <= from || wrap.start >= to) continue;
    const crossesParagraph = wrap.start < from || wrap.end > to;
    const crossesSentence = pieces.some((p) => wrap.start < p.end && wrap.end > p.start && (wrap.start < p.start || wrap.end > p.end));
    if (crossesParagraph || crossesSentence) {
      if (wrap.start >= from) file.message(`Annotation at ${wrap.start}-${wrap.end} crosses a ${crossesParagraph ? 'paragraph' : 'sentence'} boundary; left unmarked`, text);
    } else {
      inside.push(wrap);
    }
  }

  const result: PhrasingContent[] = [];
  let cursor = from;
  for (const piece of pieces) {
    result.push(...splitText(text.value, from, cursor, piece.start, inside));
    const sentence = piece.node();
    sentence.children = splitText(text.value, from, piece.start, piece.end, inside);
    result.push(sentence);
    cursor = piece.end;
  }
  result.push(...splitText(text.value, from, cursor, to, inside));
  return result;
}

/** Sentences clipped to [from, to); only the piece holding a sentence's start gets its id. */
function sentencePieces(from: number, to: number, sentences: readonly SentenceMark[], file: VFile): Wrap[] {
  const pieces: Wrap[] = [];
  const overlapping = sentences.filter((s) => s.start < to && s.end > from).sort((a, b) => a.start - b.start || a.index - b.index);
  for (const sentence of overlapping) {
    const start = Math.max(sentence.start, from);
    const end = Math.min(sentence.end, to);
    const last = pieces.at(-1);
    if (last && start < last.end) {
      file.message(`Sentence ${sentence.index + 1} overlaps the previous sentence; left unwrapped`);
      continue;
    }
    const hasStart = start === sentence.start;
    if (hasStart && sentence.end > to) file.message(`Sentence ${sentence.index + 1} crosses a paragraph boundary; clipped`);
    const properties: Properties = hasStart ? { className: ['s'], id: `s-${sentence.index + 1}` } : { className: ['s'] };
    pieces.push({ start, end, node: () => annotation('span', properties) });
  }
  return pieces;
}

/** Text of [start, end) with the inline wraps that lie inside it. */
function splitText(value: string, base: number, start: number, end: number, wraps: readonly Wrap[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let cursor = start;
  for (const wrap of wraps) {
    if (wrap.start < start || wrap.end > end) continue;
    if (wrap.start > cursor) out.push({ type: 'text', value: value.slice(cursor - base, wrap.start - base) });
    const node = wrap.node();
    node.children = [{ type: 'text', value: value.slice(wrap.start - base, wrap.end - base) }];
    out.push(node);
    cursor = wrap.end;
  }
  if (end > cursor) out.push({ type: 'text', value: value.slice(cursor - base, end - base) });
  return out;
}

function mentionNode(mention: MentionMark): AnnotationNode {
  const properties: Properties = { className: ['m', `m-${mention.type}`] };
  if (mention.href !== null) properties['href'] = mention.href;
  if (mention.entity !== null) properties['dataEntity'] = mention.entity;
  return annotation(mention.href === null ? 'span' : 'a', properties);
}

function timeNode(time: TimeMark): AnnotationNode {
  const title = `${time.value} (${time.basis}): ${time.explanation}`;
  return htmlDatetime(time.value)
    ? annotation('time', { className: ['t'], dateTime: time.value, title })
    : annotation('span', { className: ['t'], title });
}

function annotation(hName: AnnotationNode['data']['hName'], hProperties: Properties): AnnotationNode {
  return { type: 'annotation', children: [], data: { hName, hProperties } };
}

/** Replaces every positioned text node by the nodes `replace` returns (null keeps it). */
function replaceTextNodes(node: Nodes, replace: (text: Text) => PhrasingContent[] | null): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children = parent.children.flatMap((child): RootContent[] => {
    if (child.type === 'text') return replace(child) ?? [child];
    replaceTextNodes(child, replace);
    return [child];
  });
}
