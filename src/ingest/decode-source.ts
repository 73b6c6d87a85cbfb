/**
 * Bytes → normalised text, or the reason the file cannot be read as an article.
 * Decides what counts as empty, too large or binary, so parse-article never sees such input.
 */
import { normalizeText } from './normalize-text.ts';

/** Files over this size are skipped: no news article is this long, and it bounds memory. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Share of undecodable characters above which a file is treated as binary, not as text. */
const MAX_REPLACEMENT_RATIO = 0.01;

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly DecodeWarning[] }
  | { readonly ok: false; readonly ruleId: string; readonly reason: string; readonly line?: number };

export interface DecodeWarning {
  readonly ruleId: string;
  readonly reason: string;
  readonly line?: number;
}

/** Decodes UTF-8 (or UTF-16 with a BOM), rejecting empty, oversized and binary input. */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      ruleId: 'file-too-large',
      reason: `file is ${bytes.length} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit for one article; skipped`,
    };
  }
  const decoded = decodeBytes(bytes);
  if (decoded.includes('\u0000')) {
    return {
      ok: false,
      ruleId: 'binary-file',
      reason: 'file contains NUL bytes: it looks binary, not text; skipped',
      line: lineOf(decoded, decoded.indexOf('\u0000')),
    };
  }
  const replacements = countOf(decoded, '\uFFFD');
  if (replacements > 0 && replacements / Math.max(decoded.length, 1) > MAX_REPLACEMENT_RATIO) {
    return {
      ok: false,
      ruleId: 'binary-file',
      reason: `${replacements} of ${decoded.length} characters are not valid UTF-8: not a text file; skipped`,
      line: lineOf(decoded, decoded.indexOf('\uFFFD')),
    };
  }
  const text = normalizeText(decoded);
  if (text.trim() === '') {
    return {
      ok: false,
      ruleId: bytes.length === 0 ? 'empty-file' : 'blank-file',
      reason: bytes.length === 0 ? 'file is empty; skipped' : 'file holds only whitespace; skipped',
    };
  }
  const warnings: DecodeWarning[] = [];
  if (replacements > 0) {
    warnings.push({
      ruleId: 'invalid-utf8',
      reason: `${replacements} byte sequence(s) are not valid UTF-8 and were replaced with U+FFFD`,
      line: lineOf(decoded, decoded.indexOf('\uFFFD')),
    });
  }
  return { ok: true, text, warnings };
}

function decodeBytes(bytes: Uint8Array): string {
  // UTF-16 files are recognised only by their BOM; TextDecoder drops the BOM itself.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

function lineOf(text: string, index: number): number {
  return countOf(text.slice(0, Math.max(index, 0)), '\n') + 1;
}
