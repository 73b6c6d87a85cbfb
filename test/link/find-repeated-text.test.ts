import { describe, expect, it } from 'vitest';
import { findRepeatedText, jaccard, paragraphWords, shingles } from '../../src/link/find-repeated-text.ts';
import type { Article, ArticleId } from '../../src/model.ts';

function article(id: string, paragraphs: readonly string[]): Article {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const spans = paragraphs.map((p) => {
    const span = { start: at, end: at + p.length, kind: 'paragraph' as const };
    at += p.length + 2;
    return span;
  });
  return { id: id as ArticleId, text, paragraphs: spans } as unknown as Article;
}

const ORIGINAL = 'Under the new governor, the long dispute over the harbour tolls escalated, ending in the seizure of two cargo ships and a blockade of the northern docks last year.';
const SPUN = 'Under the new governor, the long quarrel over the harbour tolls escalated, ending in the capture of two cargo vessels and a blockade of the northern docks previous year.';
const SAME_STORY = 'The governor said the harbour tolls would be reviewed next month, and that the northern docks would reopen once the two cargo ships were released.';

describe('findRepeatedText', () => {
  const CASES: [string, Article[], [string, number, string, number][]][] = [
    ['a paragraph pasted twice in one article', [article('a', [ORIGINAL, SAME_STORY, ORIGINAL])], [['a', 2, 'a', 0]]],
    ['a spun repost with swapped words', [article('a', [ORIGINAL]), article('b', [SAME_STORY, SPUN])], [['b', 1, 'a', 0]]],
    ['wire copy in a third article points to the first occurrence', [article('a', [ORIGINAL]), article('b', [ORIGINAL]), article('c', [SPUN])], [['b', 0, 'a', 0], ['c', 0, 'a', 0]]],
    // False positives: the same story told in other words, and short lines, are not repeats.
    ['another paragraph on the same story', [article('a', [ORIGINAL]), article('b', [SAME_STORY])], []],
    ['a short line repeated', [article('a', ['Read more below.', ORIGINAL]), article('b', ['Read more below.'])], []],
  ];
  it.each(CASES)('%s', (_, articles, expected) => {
    expect(findRepeatedText(articles).map((r) => [r.articleId, r.paragraph, r.of.articleId, r.of.paragraph])).toEqual(expected);
  });

  it('reports the similarity, 1 for an exact copy', () => {
    expect(findRepeatedText([article('a', [ORIGINAL, ORIGINAL])])[0]?.similarity).toBe(1);
  });
});

describe('shingles and jaccard', () => {
  it('folds case, punctuation and curly apostrophes', () => expect(paragraphWords('The U.S. army’s “new” base')).toEqual(['the', 'u', 's', "army's", 'new', 'base']));
  const CASES: [string, string, number][] = [
    ['a b c d', 'a b c d', 1],
    ['a b c d', 'a b c e', 0.5],
    ['a b', 'c d', 0],
  ];
  it.each(CASES)('%s vs %s → %d', (x, y, expected) => expect(jaccard(shingles(x.split(' '), 2), shingles(y.split(' '), 2))).toBeCloseTo(expected));
});
