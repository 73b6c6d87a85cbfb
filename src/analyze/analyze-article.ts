/**
 * The per-article analysis: one compromise parse, then our own passes over its tokens.
 * Pure: the same article and analyzer always give the same Analysis.
 */
import type { Analysis, Article, Sentence } from '../model.ts';
import { findMentions } from './mentions.ts';
import { parseText, type ParsedText } from './nlp.ts';
import { findTimeExpressions } from './time-expressions.ts';

export function analyzeArticle(article: Article, analyzerVersion: string): Analysis {
  const parsed = parseText(article.text, article.paragraphs);
  return {
    articleId: article.id,
    analyzerVersion,
    sentences: toSentences(parsed),
    mentions: findMentions(article.text, parsed),
    times: findTimeExpressions(article.text, parsed, article.meta.published.value),
    diagnostics: [],
  };
}

function toSentences(parsed: ParsedText): Sentence[] {
  return parsed.sentences.map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    tense: s.tense,
  }));
}
