/**
 * Corpus assembly: everything that needs the whole folder at once (actor resolution, the
 * timeline). Pure: articles and their analyses in, the site's data model out.
 * The optional curation (the owner's alias file) drops ignored mentions before resolution and
 * corrects the actors after it.
 */
import type { Analysis, Article, Corpus, Curation, Diagnostic } from '../model.ts';
import { applyCuration } from './apply-curation.ts';
import { buildTimeline } from './build-timeline.ts';
import { clusterEvents } from './cluster-events.ts';
import { dropIgnoredMentions } from './drop-ignored-mentions.ts';
import { findRepeatedText } from './find-repeated-text.ts';
import { resolveEntities } from './resolve-entities.ts';

const NO_CURATION: Curation = { file: '', merge: [], split: [], type: [], rename: [], ignore: [] };

export function buildCorpus(
  articles: readonly Article[],
  analysesIn: readonly Analysis[],
  diagnostics: readonly Diagnostic[],
  version: string,
  curation?: Curation,
): Corpus {
  const rules = curation ?? NO_CURATION;
  const ignored = dropIgnoredMentions(analysesIn, rules.ignore, rules.file);
  const analyses = ignored.analyses;
  const resolved = resolveEntities({ articles, analyses });
  // Also without rules: it keeps actor slugs off the pages' own URLs (/actors/duplicates/).
  const curated = applyCuration(resolved.entities, resolved.mentionEntities, rules, analyses);
  const { entities, mentionEntities } = curated;
  const { timeline, undated } = buildTimeline(articles, analyses);
  const repeats = findRepeatedText(articles);
  const events = clusterEvents({ articles, analyses, mentionEntities, entities, repeats });
  return {
    generator: { name: 'newsweave', version },
    articles,
    analyses,
    mentionEntities,
    entities,
    events,
    repeats,
    timeline,
    undated,
    diagnostics: [...diagnostics, ...ignored.diagnostics, ...curated.diagnostics, ...analyses.flatMap((a) => a.diagnostics)],
  };
}
