/**
 * View model of the method page: how dates and actors were derived in this corpus (with counts),
 * and every build diagnostic, so nothing that was left out goes unmentioned.
 */
import type { MergeRule, TimeBasisKind } from '../model.ts';
import { diagnosticView } from './diagnostic-view.ts';
import { MERGE_RULES, TIME_BASIS } from './labels.ts';
import { KNOWN_LIMITS, MEASURED_ACCURACY } from './measured-accuracy.ts';
import type { SiteContext } from './site-context.ts';
import type { AboutPage } from './view-models.ts';

export function aboutPage(context: SiteContext): AboutPage {
  const { corpus, urls } = context;
  const timeCounts = new Map<TimeBasisKind, number>();
  for (const analysis of corpus.analyses) {
    for (const time of analysis.times) timeCounts.set(time.basis, (timeCounts.get(time.basis) ?? 0) + 1);
  }
  const ruleCounts = new Map<MergeRule, number>();
  for (const entity of corpus.entities) {
    for (const alias of entity.aliases) ruleCounts.set(alias.rule, (ruleCounts.get(alias.rule) ?? 0) + alias.count);
  }
  return {
    path: urls.about,
    href: urls.href(urls.about),
    generator: `${corpus.generator.name} ${corpus.generator.version}`,
    accuracy: MEASURED_ACCURACY.map((f) => ({ label: f.label, percent: `${(f.value * 100).toFixed(1)}%`, on: f.on })),
    limits: KNOWN_LIMITS,
    counts: {
      articles: corpus.articles.length,
      actors: corpus.entities.length,
      mentions: corpus.analyses.reduce((n, a) => n + a.mentions.length, 0),
      dated: corpus.timeline.length,
      undated: corpus.undated.length,
    },
    timeBases: (Object.keys(TIME_BASIS) as TimeBasisKind[]).map((basis) => ({
      basis, ...TIME_BASIS[basis], count: timeCounts.get(basis) ?? 0,
    })),
    mergeRules: (Object.keys(MERGE_RULES) as MergeRule[]).map((rule) => ({
      rule, explanation: MERGE_RULES[rule], count: ruleCounts.get(rule) ?? 0,
    })),
    metaBases: [
      { label: 'front matter', explanation: 'Given in the YAML block at the top of the file.' },
      { label: 'stated in the text, line N', explanation: 'Printed in the article itself: a dateline, byline or headline line.' },
      { label: 'inferred', explanation: 'Deduced from cues such as an outlet name; the note says from what.' },
      { label: 'unknown / Undated', explanation: 'Not found. An undated article is never given the build date.' },
    ],
    diagnostics: corpus.diagnostics.map(diagnosticView),
  };
}
