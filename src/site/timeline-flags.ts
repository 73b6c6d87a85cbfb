/** Warnings on resolved dates, in words, for the timeline and the article's date list. */
import type { DateFlag } from './view-models.ts';

const FLAG_WORDS: Readonly<Record<string, { label: string; explanation: string }>> = {
  'after-publication-in-past-clause': {
    label: 'after publication',
    explanation: 'Resolved to a date after the article was published, although the clause is in the past tense: check this date.',
  },
};

export function dateFlags(flags: readonly string[] | undefined): DateFlag[] {
  return (flags ?? []).map((id) => {
    const words = FLAG_WORDS[id];
    return words ? { id, ...words } : { id, label: id.replace(/-/g, ' '), explanation: `Flagged: ${id.replace(/-/g, ' ')}.` };
  });
}
