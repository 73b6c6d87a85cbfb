/**
 * Lookups shared by the page builders: articles and actors by id, and the links to them. Built once
 * per corpus so each page builder stays a small mapping.
 */
import type { Article, Corpus, Entity, EntityId, TimeExpression } from '../model.ts';
import { dateView, publishedView } from './date-view.ts';
import { TIME_BASIS, PRECISION_LABELS } from './labels.ts';
import { dayRange } from './day-range.ts';
import { markedParts } from './marked-parts.ts';
import { siteUrls, type SiteUrls } from './site-urls.ts';
import type { ActorLink, ArticleLink, SentenceQuote, TimelineEntry } from './view-models.ts';

/** Precisions whose readable form does not say which days they cover. */
const SPELL_OUT_DAYS: ReadonlySet<string> = new Set(['week', 'quarter', 'season']);

export interface SiteContext {
  readonly corpus: Corpus;
  readonly urls: SiteUrls;
  readonly articleIndex: ReadonlyMap<string, number>;
  readonly entityById: ReadonlyMap<string, Entity>;
  articleLink(index: number): ArticleLink;
  actorLink(id: EntityId): ActorLink | null;
  /** A sentence of an article with the given spans marked, linked to its anchor. */
  sentenceQuote(articleIndex: number, sentence: number, marks: readonly { start: number; end: number }[]): SentenceQuote;
  /** One time expression with its sentence, for the timeline and the home page. */
  timelineEntry(articleIndex: number, time: number, span?: { readonly from: string; readonly to: string }): TimelineEntry | null;
}

export function siteContext(corpus: Corpus, pathPrefix: string): SiteContext {
  const urls = siteUrls(pathPrefix);
  const articleIndex = new Map<string, number>(corpus.articles.map((a, i) => [a.id, i]));
  const entityById = new Map<string, Entity>(corpus.entities.map((e) => [e.id, e]));
  const articleLinks = corpus.articles.map((article) => articleLinkOf(article, urls));

  const context: SiteContext = {
    corpus,
    urls,
    articleIndex,
    entityById,
    articleLink: (index) => articleLinks[index]!,
    actorLink(id) {
      const entity = entityById.get(id);
      if (!entity) return null;
      return { text: entity.name, href: urls.href(urls.actor(entity.slug)), type: entity.type, count: entity.mentions.length };
    },
    sentenceQuote(a, sentence, marks) {
      const article = corpus.articles[a]!;
      const span = corpus.analyses[a]?.sentences[sentence];
      const start = span?.start ?? 0;
      const text = span ? article.text.slice(span.start, span.end) : '';
      return {
        href: urls.href(urls.sentence(article.slug, sentence)),
        number: sentence + 1,
        parts: markedParts(text, start, marks),
      };
    },
    timelineEntry(a, t, span) {
      const expression = corpus.analyses[a]?.times[t];
      if (!expression) return null;
      return timelineEntryOf(context, a, expression, span);
    },
  };
  return context;
}

function articleLinkOf(article: Article, urls: SiteUrls): ArticleLink {
  return {
    text: article.meta.title.value ?? article.file,
    href: urls.href(urls.article(article.slug)),
    date: publishedView(article.meta.published),
    source: article.meta.source.value,
  };
}

function timelineEntryOf(
  context: SiteContext,
  a: number,
  expression: TimeExpression,
  span: { readonly from: string; readonly to: string } | undefined,
): TimelineEntry {
  const showRange = span !== undefined && expression.precision !== undefined && SPELL_OUT_DAYS.has(expression.precision);
  return {
    text: expression.text,
    date: dateView(expression.value),
    value: expression.value,
    precision: expression.precision ? PRECISION_LABELS[expression.precision] : null,
    range: showRange ? dayRange(span.from, span.to) : null,
    basis: TIME_BASIS[expression.basis].label,
    explanation: expression.explanation,
    sentence: context.sentenceQuote(a, expression.sentence, [expression]),
    article: context.articleLink(a),
  };
}
