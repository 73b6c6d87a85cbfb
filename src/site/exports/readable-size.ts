/** Size of a file's text as written (UTF-8 bytes), and in words for the data page ("12.3 kB"). */

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Decimal units, as file managers and browsers show them: "812 bytes", "12.3 kB", "1.4 MB", with a
 * no-break space so a number never wraps away from its unit.
 */
export function readableSize(bytes: number): string {
  if (bytes === 1) return '1\u00a0byte';
  if (bytes < 1000) return `${bytes}\u00a0bytes`;
  if (bytes < 999_950) return `${(bytes / 1000).toFixed(1)}\u00a0kB`;
  return `${(bytes / 1_000_000).toFixed(1)}\u00a0MB`;
}
