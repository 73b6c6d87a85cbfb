/**
 * Corpus assembly: everything that needs the whole folder at once (actor resolution, the
 * timeline). Pure: articles and their analyses in, the site's data model out.
 */
import type { Analysis, Article, Corpus, Diagnostic } from '../model.ts';
import { buildTimeline } from './build-timeline.ts';
import { resolveEntities } from './resolve-entities.ts';

export function buildCorpus(
  articles: readonly Article[],
  analyses: readonly Analysis[],
  diagnostics: readonly Diagnostic[],
  version: string,
): Corpus {
  const { entities, mentionEntities } = resolveEntities({ articles, analyses });
  const { timeline, undated } = buildTimeline(articles, analyses);
  return {
    generator: { name: 'newsweave', version },
    articles,
    analyses,
    mentionEntities,
    entities,
    timeline,
    undated,
    diagnostics: [...diagnostics, ...analyses.flatMap((a) => a.diagnostics)],
  };
}
