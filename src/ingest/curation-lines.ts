/**
 * Where each entry of the alias file starts, for diagnostics. js-yaml gives values but not their
 * lines, so this reads the block layout the README documents: a section key at column 0, then one
 * entry per line at the section's entry indent (continuation lines indented deeper). Pure.
 *
 * It only locates; the values always come from the real YAML parse. A layout it cannot follow
 * (a flow list on the key's line, entries sharing a line) leaves the entries at the section's line.
 */
import { load } from 'js-yaml';

export interface SectionLines {
  /** 1-based line of the section key. */
  readonly line: number;
  /** For a list section: the line each item starts on, in order. */
  readonly sequence: readonly number[];
  /** For a mapping section: the line of each key. */
  readonly mapping: ReadonlyMap<string, number>;
}

const SECTION_KEY = /^([^\s#\-?:'"[\]{},][^:#]*?)\s*:(?:\s|$)/;

/** Section key → where it and its entries are. */
export function entryLines(text: string): Map<string, SectionLines> {
  const lines = text.split(/\r\n|\r|\n/);
  const starts: Array<{ key: string; index: number }> = [];
  lines.forEach((line, index) => {
    const key = SECTION_KEY.exec(line)?.[1];
    if (key !== undefined && line !== '---' && line !== '...') starts.push({ key, index });
  });
  const out = new Map<string, SectionLines>();
  starts.forEach(({ key, index }, k) => {
    const end = starts[k + 1]?.index ?? lines.length;
    const entries = entryChunks(lines, index + 1, end);
    const sequence = entries.filter((e) => /^-(?:\s|$)/.test(e.text)).map((e) => e.line);
    const mapping = new Map<string, number>();
    for (const entry of entries) {
      const keyOfEntry = singleKey(entry.text);
      if (keyOfEntry !== null && !mapping.has(keyOfEntry)) mapping.set(keyOfEntry, entry.line);
    }
    if (!out.has(key)) out.set(key, { line: index + 1, sequence: sequence.length === entries.length ? sequence : [], mapping });
  });
  return out;
}

/** The entries of one section body: text (de-indented) and 1-based first line. */
function entryChunks(lines: readonly string[], from: number, to: number): Array<{ line: number; text: string }> {
  const significant = (line: string): boolean => line.trim() !== '' && !line.trimStart().startsWith('#');
  const indentOf = (line: string): number => line.length - line.trimStart().length;
  let indent = -1;
  const chunks: Array<{ line: number; lines: string[] }> = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (!significant(line)) {
      chunks.at(-1)?.lines.push('');
      continue;
    }
    if (indent < 0) indent = indentOf(line);
    if (indentOf(line) === indent) chunks.push({ line: i + 1, lines: [] });
    chunks.at(-1)?.lines.push(line.slice(Math.min(indent, indentOf(line))));
  }
  return chunks.map((c) => ({ line: c.line, text: c.lines.join('\n') }));
}

/** The key of a one-entry mapping chunk ("Name: person"), or null. */
function singleKey(chunk: string): string | null {
  try {
    const value = load(chunk);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const keys = Object.keys(value);
    return keys.length === 1 ? keys[0]! : null;
  } catch {
    return null;
  }
}
