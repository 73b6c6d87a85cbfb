/**
 * The alias file's `ignore` rules: mentions with those names are not actors, so they are dropped
 * from the corpus's copy of each analysis before resolution (they cannot pull actors together).
 *
 * Dropping, not flagging: the Corpus keeps `mentionEntities` parallel to `mentions` with an actor
 * for every mention, which every page relies on. Other analysis items that point at a mention by
 * index (event participants, quote speakers) are renumbered; one that pointed at a dropped mention
 * keeps its words but loses the index. The cached analyses are never changed. Pure.
 */
import type { Analysis, CurationName, Diagnostic, Mention } from '../model.ts';
import { normalizeName } from './normalize-name.ts';

export interface IgnoreResult {
  readonly analyses: Analysis[];
  readonly diagnostics: Diagnostic[];
}

export function dropIgnoredMentions(analyses: readonly Analysis[], ignore: readonly CurationName[], file: string): IgnoreResult {
  if (ignore.length === 0) return { analyses: [...analyses], diagnostics: [] };
  const ruleOf = new Map<string, CurationName>();
  for (const rule of ignore) if (!ruleOf.has(normalizeName(rule.name))) ruleOf.set(normalizeName(rule.name), rule);
  const used = new Set<CurationName>();
  const ignored = (m: Mention): boolean => {
    const rule = ruleOf.get(normalizeName(m.name)) ?? ruleOf.get(normalizeName(m.text));
    if (rule) used.add(rule);
    return rule !== undefined;
  };

  const out = analyses.map((analysis) => {
    const drop = analysis.mentions.map(ignored);
    if (!drop.includes(true)) return analysis;
    let kept = 0;
    const renumber = drop.map((d) => (d ? -1 : kept++));
    return {
      ...analysis,
      mentions: analysis.mentions.filter((_, i) => !drop[i]),
      // Guarded: analyses cached before these fields existed lack them.
      ...(analysis.events ? { events: analysis.events.map((e) => ({ ...e, agents: e.agents.map(reindex(renumber)), targets: e.targets.map(reindex(renumber)), places: e.places.map(reindex(renumber)) })) } : {}),
      ...(analysis.quotes ? { quotes: analysis.quotes.map((q) => (q.speaker ? { ...q, speaker: reindex(renumber)(q.speaker) } : q)) } : {}),
    };
  });

  const diagnostics: Diagnostic[] = ignore
    .filter((rule) => !used.has(rule) && ruleOf.get(normalizeName(rule.name)) === rule)
    .map((rule) => ({
      file,
      line: rule.line,
      severity: 'warning',
      ruleId: 'curation-unknown-name',
      reason: `ignore: no mention is named '${rule.name}'`,
    }));
  return { analyses: out, diagnostics };
}

/** Renumbers an item's `mention` index; drops it when that mention was dropped. */
function reindex(renumber: readonly number[]) {
  return <T extends { readonly mention?: number }>(item: T): T => {
    if (item.mention === undefined) return item;
    const index = renumber[item.mention] ?? -1;
    if (index >= 0) return { ...item, mention: index };
    const { mention: _dropped, ...rest } = item;
    return rest as T;
  };
}
