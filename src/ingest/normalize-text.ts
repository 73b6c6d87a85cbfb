/**
 * Text normalisation applied to every decoded article before anything else looks at it.
 * It never changes the number of `\n`, so 1-based line numbers stay those of the source file
 * (a CRLF or a lone CR each count as one line end, as editors count them).
 */

// Zero-width and invisible formatting characters that only get in the way of matching:
// ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen, BOM/ZWNBSP, LRM/RLM and bidi embeddings/isolates.
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0/C1 controls except \t and \n (CR is handled before this runs).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Non-breaking and other fixed-width spaces become plain spaces.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** NFC; no BOM; `\n` line ends; invisible and control characters removed; odd spaces → " ". */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(ODD_SPACE, ' ')
    .normalize('NFC');
}
