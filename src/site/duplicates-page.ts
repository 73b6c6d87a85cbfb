/**
 * View model of the owners' review page: pairs of actors the resolver kept apart although their
 * names look alike, each with the alias-file rule that would merge them. Pure.
 */
import { CURATION_FILE_NAMES } from '../ingest/parse-curation.ts';
import { likelyDuplicates } from '../link/resolve-entities.ts';
import { compareText } from './actor-groups.ts';
import { TYPE_LABELS } from './labels.ts';
import type { SiteContext } from './site-context.ts';
import type { ActorLink, DuplicatePair, DuplicatesPage } from './view-models.ts';

export function duplicatesPage(context: SiteContext): DuplicatesPage {
  const { urls } = context;
  const pairs: DuplicatePair[] = likelyDuplicates(context.corpus.entities).flatMap((pair) => {
    const x = context.actorLink(pair.a);
    const y = context.actorLink(pair.b);
    if (!x || !y) return [];
    // The more mentioned actor first: its name is the likelier display name of the merged one.
    const [a, b] = byMentions(x, y) <= 0 ? [x, y] : [y, x];
    return [{ a, b, typeLabel: TYPE_LABELS[a.type].one, reason: pair.reason, score: pair.score.toFixed(2), snippet: mergeSnippet(a.text, b.text) }];
  });
  return {
    path: urls.duplicates,
    href: urls.href(urls.duplicates),
    actorsHref: urls.href(urls.actors),
    aliasFile: CURATION_FILE_NAMES[0]!,
    pairs,
  };
}

/** The alias-file lines that merge two actors; names double-quoted (JSON strings are YAML). */
export function mergeSnippet(first: string, second: string): string {
  return `merge:\n  - [${JSON.stringify(first)}, ${JSON.stringify(second)}]\n`;
}

function byMentions(x: ActorLink, y: ActorLink): number {
  return y.count - x.count || compareText(x.text, y.text);
}
