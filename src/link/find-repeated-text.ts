/**
 * Repeated text: paragraphs that repeat an earlier paragraph, in the same article or another
 * (reposts, wire copy, a paragraph pasted twice with small edits). Two paragraphs repeat each
 * other when the Jaccard similarity of their word shingles reaches the threshold; the later one
 * (in corpus order, then paragraph order) points to the first. Short paragraphs are left out:
 * a one-line "Read more" or a repeated short quote is not a repost.
 */
import type { Article, RepeatedPassage } from '../model.ts';

export interface RepeatOptions {
  /** Words per shingle. */
  readonly shingle: number;
  /** Minimum Jaccard similarity of the shingle sets. */
  readonly threshold: number;
  /** Paragraphs with fewer words are never counted as repeats. */
  readonly minWords: number;
}

/**
 * Word pairs, not longer shingles: reposts are often "spun" (escalatory → escalator, U.S. → USA),
 * and each swapped word breaks every shingle it is in. A pasted twin with a few swapped words
 * still shares over half its word pairs; two different paragraphs on one story share under a fifth.
 */
export const REPEAT_DEFAULTS: RepeatOptions = { shingle: 2, threshold: 0.5, minWords: 12 };

/** Lower-case words, punctuation and quote marks dropped, so a re-typeset copy still matches. */
export function paragraphWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

export function shingles(words: readonly string[], size: number): Set<string> {
  const out = new Set<string>();
  if (words.length < size) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Block {
  readonly articleId: Article['id'];
  readonly paragraph: number;
  readonly shingles: Set<string>;
}

export function findRepeatedText(articles: readonly Article[], options: RepeatOptions = REPEAT_DEFAULTS): RepeatedPassage[] {
  const firsts: Block[] = [];
  const repeats: RepeatedPassage[] = [];
  for (const article of articles) {
    // Tolerates hand-made partial articles (tests, older cached data) that carry no paragraphs.
    (article.paragraphs ?? []).forEach((p, paragraph) => {
      const words = paragraphWords(article.text.slice(p.start, p.end));
      if (words.length < options.minWords) return;
      const block: Block = { articleId: article.id, paragraph, shingles: shingles(words, options.shingle) };
      let best: { block: Block; similarity: number } | null = null;
      for (const earlier of firsts) {
        const similarity = jaccard(block.shingles, earlier.shingles);
        if (similarity >= options.threshold && (!best || similarity > best.similarity)) best = { block: earlier, similarity };
      }
      if (best) {
        const of = { articleId: best.block.articleId, paragraph: best.block.paragraph };
        repeats.push({ articleId: article.id, paragraph, of, similarity: Math.round(best.similarity * 1000) / 1000 });
      } else {
        firsts.push(block); // only first occurrences are compared against, so a chain points to its origin
      }
    });
  }
  return repeats;
}

/** Sentences lying in repeated paragraphs, per article id: their content is counted once, at the first occurrence. */
export function repeatedSentences(
  repeats: readonly RepeatedPassage[],
  sentencesOf: (articleId: Article['id']) => readonly { readonly index: number; readonly paragraph: number }[],
): Map<Article['id'], Set<number>> {
  const out = new Map<Article['id'], Set<number>>();
  for (const r of repeats) {
    const set = out.get(r.articleId) ?? new Set<number>();
    for (const s of sentencesOf(r.articleId)) if (s.paragraph === r.paragraph) set.add(s.index);
    out.set(r.articleId, set);
  }
  return out;
}
