/** The comparison form of a name for scoring: case, "the", possessives and quote styles folded. */
export function normalizeSurface(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s$|s'$/, (m) => (m === "s'" ? 's' : ''))
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
