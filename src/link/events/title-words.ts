/**
 * The words an event's title is built from, chosen for a reader rather than from the counts:
 * - the noun: an incident that its reports call both "attack"/"strike" and "killed"/"wounded" is
 *   titled by what was done ("Attack on …", "Strikes on …"), the toll being on the page; a tally
 *   by what it counts (troops or people);
 * - the target: the description the reports write most ("three dock workers"), when one names the
 *   target actor, rather than the actor's canonical name ("Velan" for "Velan dock workers").
 */
import type { Analysis, EntityId, EventType, Participant } from '../../model.ts';
import type { TitleType } from './event-title.ts';
import { participantActors, type ReportFeatures } from './report-features.ts';
import { unitOf } from './tally-similarity.ts';

/** Nouns of deeds, the broadest first (one incident may be "a drone strike" in one report and "the attack" in another); tolls ("killing", "wounding") are what the deed caused. */
const DEEDS: readonly EventType[] = ['attack', 'strike'];
const TOLLS: ReadonlySet<EventType> = new Set(['killing', 'wounding']);

export function titleType(type: EventType, reports: readonly ReportFeatures[]): TitleType {
  // A tally is titled by what it counts: its own figure's unit.
  if (type === 'tally') return reports.some((r) => unitOf(r) === 'troops') ? 'troop-tally' : 'people-tally';
  if (!TOLLS.has(type)) return type;
  return DEEDS.find((t) => reports.some((r) => !r.planned && r.mention.type === t)) ?? type;
}

/** Longest description worth a title; longer phrases are clauses the extractor over-read. */
const MAX_WORDS = 6;
const LEADING_WORD = /^(?:the|a|an|their|its|his|her)\s+/i;

function tidy(text: string): string {
  const t = text.trim().replace(LEADING_WORD, '');
  // A sentence-initial capital on a common word ("Three US troops") is not part of the name.
  return /^[A-Z][a-z]+\s/.test(t) && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|some|many)\b/i.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
}

/**
 * The description written most often among participants (ties: the longer), two to six words
 * once tidied, with no clause punctuation; undefined when none qualifies.
 */
function mostWritten(participants: Iterable<Participant>): string | undefined {
  const counts = new Map<string, number>();
  for (const p of participants) {
    const text = tidy(p.text);
    const words = text.split(/\s+/).length;
    if (words < 2 || words > MAX_WORDS || /[,;:"“”]/.test(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]))[0]?.[0];
}

/**
 * The description of `target` the reports write most, when it says more than the name; else
 * undefined. `analysisOf` gives a report's article analysis, its mention actors and its text.
 */
export function targetDescription(
  target: EntityId,
  name: string,
  reports: readonly ReportFeatures[],
  analysisOf: (r: ReportFeatures) => { readonly analysis: Analysis; readonly entities: readonly EntityId[]; readonly text: string } | undefined,
): string | undefined {
  const naming = reports.flatMap((r) => {
    const found = analysisOf(r);
    if (!found || r.planned) return [];
    return r.mention.targets.filter((p) => participantActors(p, found.analysis, found.entities, found.text).has(target));
  });
  const best = mostWritten(naming);
  return best && best.toLowerCase() !== name.toLowerCase() ? best : undefined;
}

/**
 * Who did it when no report names an actor as the agent: the description the reports write most
 * ("armed groups", "a roadside bomb"), not a pronoun or demonstrative phrase.
 */
export function agentDescription(reports: readonly ReportFeatures[]): string | undefined {
  const described = reports
    .filter((r) => !r.planned && r.agents.size === 0)
    .flatMap((r) => r.mention.agents.filter((p) => !/^(?:that|this|those|these|it|they)\b/i.test(p.text.trim())));
  return mostWritten(described);
}
