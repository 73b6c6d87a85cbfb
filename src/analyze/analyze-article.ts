/**
 * The per-article analysis: one compromise parse, then our own passes over its tokens.
 * Pure: the same article and analyzer always give the same Analysis.
 */
import type { Analysis, Article, Sentence } from '../model.ts';
import { findEvents } from './events.ts';
import { findTallies } from './events/tallies.ts';
import { findFigures } from './figures.ts';
import { findMentions } from './mentions.ts';
import { parseText, type ParsedText } from './nlp.ts';
import { findQuotes } from './quotes.ts';
import { findTimeExpressions } from './time-expressions.ts';

export function analyzeArticle(article: Article, analyzerVersion: string): Analysis {
  const parsed = parseText(article.text, article.paragraphs);
  const sentences = toSentences(parsed);
  const mentions = findMentions(article.text, parsed);
  const times = findTimeExpressions(article.text, parsed, article.meta.published.value);
  const figures = findFigures(article.text, sentences);
  // Tallies (standing counts) are events made from figures, merged in text order (stable: a trigger keeps its place).
  const tallies = findTallies({ text: article.text, parsed, sentences, mentions, times, figures });
  const events = [...findEvents(article.text, parsed, sentences, mentions, times), ...tallies].sort((a, b) => a.start - b.start);
  return {
    articleId: article.id,
    analyzerVersion,
    sentences,
    mentions,
    times,
    events,
    quotes: findQuotes(article.text, parsed, sentences, mentions),
    figures,
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
