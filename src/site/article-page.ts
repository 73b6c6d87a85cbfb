/** View model of one article page: metadata with provenance, annotated body, actors, dates, events, quotes, figures. */
import type { Article, EntityId } from '../model.ts';
import { renderArticleBody } from '../unified/render-article-body.ts';
import { actorGroups } from './actor-groups.ts';
import { articleEvents, articleFigures, articleQuotes } from './article-events.ts';
import { dateView, publishedView } from './date-view.ts';
import { describeMeta } from './describe-meta.ts';
import { diagnosticView } from './diagnostic-view.ts';
import { PRECISION_LABELS, TIME_BASIS } from './labels.ts';
import type { SiteContext } from './site-context.ts';
import { dateFlags } from './timeline-flags.ts';
import { sentenceFragment } from './site-urls.ts';
import type { ActorLink, ArticleDate, ArticlePage, MetaRow } from './view-models.ts';

export function articlePage(context: SiteContext, index: number): ArticlePage {
  const { corpus, urls } = context;
  const article = corpus.articles[index]!;
  const analysis = corpus.analyses[index]!;
  const entityIds = corpus.mentionEntities[index] ?? [];
  const entityOf = (m: number): EntityId | null => {
    const id = entityIds[m];
    return id !== undefined && context.entityById.has(id) ? id : null;
  };

  const bodyHtml = renderArticleBody(
    article,
    analysis,
    (m) => {
      const id = entityOf(m);
      return id === null ? null : context.actorLink(id)!.href;
    },
    entityOf,
  );

  const counts = new Map<EntityId, number>();
  analysis.mentions.forEach((_, m) => {
    const id = entityOf(m);
    if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  const actors: ActorLink[] = [...counts].map(([id, count]) => ({ ...context.actorLink(id)!, count }));

  const dates: ArticleDate[] = analysis.times.map((time) => ({
    text: time.text,
    date: dateView(time.value),
    precision: time.precision ? PRECISION_LABELS[time.precision] : null,
    basis: TIME_BASIS[time.basis].label,
    explanation: time.explanation,
    sentenceHref: sentenceFragment(time.sentence),
    sentenceNumber: time.sentence + 1,
    flags: dateFlags(time.flags),
  }));

  const diagnostics = [
    ...analysis.diagnostics,
    ...corpus.diagnostics.filter((d) => d.file === article.file),
  ].map(diagnosticView);

  return {
    path: urls.article(article.slug),
    href: urls.href(urls.article(article.slug)),
    slug: article.slug,
    title: article.meta.title.value ?? article.file,
    file: article.file,
    date: publishedView(article.meta.published),
    source: article.meta.source.value,
    meta: metaRows(article),
    bodyHtml,
    actorGroups: actorGroups(actors),
    dates,
    removed: article.removed,
    diagnostics,
    sentenceCount: analysis.sentences.length,
    events: articleEvents(context, index),
    quotes: articleQuotes(context, index),
    figures: articleFigures(context, index),
  };
}

function metaRows(article: Article): MetaRow[] {
  const { published, source, author, url } = article.meta;
  const plain = (label: string, value: string | null, basis: string): MetaRow => ({
    label, text: value ?? 'unknown', href: null, datetime: null, basis,
  });
  const published_ = dateView(published.value);
  return [
    { label: 'Published', text: published_.text, href: null, datetime: published_.datetime, basis: describeMeta(published) },
    plain('Source', source.value, describeMeta(source)),
    plain('Author', author.value, describeMeta(author)),
    // Only web URLs become links: a `javascript:` URL in front matter must stay inert text.
    { ...plain('URL', url.value, describeMeta(url)), href: url.value !== null && /^https?:\/\//i.test(url.value) ? url.value : null },
  ];
}
