/** How a metadata value was obtained, said in words a reader can check. */
import type { MetaField } from '../model.ts';

export function describeMeta(field: MetaField<unknown>): string {
  switch (field.basis) {
    case 'front-matter':
      return 'front matter';
    case 'stated':
      return field.line === undefined ? 'stated in the text' : `stated in the text, line ${field.line}`;
    case 'inferred':
      return field.note ? `inferred: ${field.note}` : 'inferred';
    case 'unknown':
      return 'unknown';
  }
}
