/**
 * YAML front matter via gray-matter, made safe and line-aware.
 *
 * - Only a block that opens with a line of exactly `---` and is closed by another `---` line is
 *   front matter; a lone `---` (a Markdown rule) or `--- text` is body text.
 * - gray-matter can `eval` a `---js` block: the JavaScript and CoffeeScript engines are replaced by
 *   ones that refuse, so an article can never run code at build time.
 * - gray-matter caches by content when called without options; we always pass options.
 * - Malformed YAML does not stop the build: the block is dropped from the body (it is page
 *   furniture, not prose; keeping it would put YAML into the article text), the fields count as
 *   absent, and the caller reports the error with its file line.
 */
import matter from 'gray-matter';

export interface FrontMatter {
  /** Parsed fields ({} when there is no block or it is invalid). */
  readonly data: Readonly<Record<string, unknown>>;
  /** Raw YAML between the delimiters ('' when none). */
  readonly raw: string;
  /** The text after the block (the whole text when there is none). */
  readonly body: string;
  /** Number of source lines the block occupies, delimiters included (0 when none). */
  readonly lineCount: number;
  /** Set when the block exists but cannot be parsed. */
  readonly error?: { readonly line: number; readonly reason: string };
}

const refuseCode = (): never => {
  throw new Error('executable front matter is not allowed');
};
const SAFE_OPTIONS = {
  engines: { javascript: refuseCode, js: refuseCode, coffee: refuseCode, coffeescript: refuseCode, cson: refuseCode },
};

/** Splits `text` (already normalised to `\n`) into front matter and body. */
export function readFrontMatter(text: string): FrontMatter {
  const block = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!block) return { data: {}, raw: '', body: text, lineCount: 0 };
  const raw = block[1] ?? '';
  const body = text.slice(block[0].length);
  const lineCount = countLines(block[0]);
  try {
    // Give gray-matter exactly the block, so its idea of the body cannot differ from ours.
    const parsed = matter(`---\n${raw}---\n`, SAFE_OPTIONS);
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, raw, body, lineCount, error: { line: 2, reason: 'front matter is not a key: value mapping' } };
    }
    return { data: data as Record<string, unknown>, raw, body, lineCount };
  } catch (error) {
    return { data: {}, raw, body, lineCount, error: describeYamlError(error) };
  }
}

/** js-yaml errors carry a 0-based `mark.line` inside the block; the block starts on file line 2. */
function describeYamlError(error: unknown): { line: number; reason: string } {
  const mark = (error as { mark?: { line?: unknown } } | null)?.mark;
  const blockLine = typeof mark?.line === 'number' ? mark.line : 0;
  const reasonText = (error as { reason?: unknown } | null)?.reason;
  const message = typeof reasonText === 'string' ? reasonText : error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { line: blockLine + 2, reason: message ?? 'invalid YAML' };
}

function countLines(text: string): number {
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}
