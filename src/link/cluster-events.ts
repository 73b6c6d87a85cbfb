/**
 * One event, many reports: groups the event mentions of every article into real-world events.
 * Reports of one event share a family of type (attack/strike/killing/wounding are one incident
 * seen from different sides), have compatible dates, and share evidence: the same count of the
 * same thing, actors in their roles, actors of their sentences (see events/report-similarity.ts).
 * Grouping is greedy on the strongest pairs first; two groups join only when every dated report
 * in one is date-compatible with every one in the other, so a chain of weak links cannot pull a
 * January attack and a February strike together. Reports of a planned event ("the planned
 * strikes") join the event they anticipate but never link two groups. Only asserted and planned
 * mentions take part; statements and threats stay out (see events/event-family.ts), and so does
 * everything in a repeated paragraph (counted once, at its first occurrence). A report that names
 * nothing but "the drone" of the incident told just before (events/anaphor.ts) and finds no event
 * of its own joins its antecedent's event.
 */
import type { Analysis, Article, ArticleId, Discrepancy, Entity, EntityId, Event, EventId, EventReport, EventType, Precision, RepeatedPassage, Slug } from '../model.ts';
import { slugify, uniqueSlugs } from '../site/slug.ts';
import { antecedentOf } from './events/anaphor.ts';
import { attachFigures } from './events/attach-figures.ts';
import { isClusteredType, TYPE_PRIORITY } from './events/event-family.ts';
import { eventTitle } from './events/event-title.ts';
import { agentDescription, targetDescription, titleType } from './events/title-words.ts';
import { reportFeatures, type ReportFeatures } from './events/report-features.ts';
import { countsConflict, datesAllow, reportSimilarity, rolesReversed, threshold } from './events/report-similarity.ts';
import { findDiscrepancies } from './find-discrepancies.ts';
import { countryOf } from '../analyze/entities/gazetteer.ts';
import { findReactions } from './events/reactions.ts';
import { repeatedSentences } from './find-repeated-text.ts';

export interface ClusterInput {
  readonly articles: readonly Article[];
  readonly analyses: readonly Analysis[];
  readonly mentionEntities: readonly (readonly EntityId[])[];
  readonly entities: readonly Entity[];
  readonly repeats?: readonly RepeatedPassage[];
}

export interface ClusterOptions {
  /** Events reported by fewer articles are left out of `Corpus.events` (their mentions stay on the article pages). */
  readonly minArticles: number;
  /** An actor in more than this share of all reports counts half as evidence. */
  readonly commonShare: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = { minArticles: 2, commonShare: 0.2 };

/** Per article, the sentences of its repeated paragraphs: counted once, at their first occurrence. */
function repeatedOf(input: ClusterInput): Map<ArticleId, Set<number>> {
  return repeatedSentences(input.repeats ?? [], (id) => input.analyses.find((a) => a.articleId === id)?.sentences ?? []);
}

/** Every report that may belong to an event, with what clustering compares. */
export function collectReports(input: ClusterInput, repeated: ReadonlyMap<ArticleId, ReadonlySet<number>> = repeatedOf(input)): ReportFeatures[] {
  const reports: ReportFeatures[] = [];
  input.analyses.forEach((analysis, articleIndex) => {
    const skip = repeated.get(analysis.articleId) ?? new Set<number>();
    const eligible = (e: number): boolean => {
      const m = analysis.events[e];
      return !!m && isClusteredType(m.type) && (m.modality === 'asserted' || m.modality === 'future') && !skip.has(m.sentence);
    };
    const figures = attachFigures(analysis.events, analysis.figures, eligible);
    const published = input.articles[articleIndex]?.meta?.published.value ?? null; // partial hand-made articles carry no meta
    const entities = input.mentionEntities[articleIndex] ?? [];
    const text = input.articles[articleIndex]?.text ?? '';
    analysis.events.forEach((_, e) => {
      if (!eligible(e)) return;
      const r = reportFeatures(articleIndex, analysis, entities, published, e, figures.get(e) ?? [], text);
      const bare = !r.date && r.agents.size + r.targets.size + r.places.size === 0;
      const antecedent = bare ? antecedentOf(analysis, text, e) : null;
      reports.push(antecedent !== null && eligible(antecedent) ? { ...r, antecedent } : r);
    });
  });
  return reports;
}

/** Below this many reports, no actor is "common": a share of a handful says nothing. */
const MIN_REPORTS_FOR_COMMON = 20;

/** Actors taking part in more than `share` of the reports: weak evidence that two reports are one event. */
function commonActors(reports: readonly ReportFeatures[], share: number): Set<EntityId> {
  if (reports.length < MIN_REPORTS_FOR_COMMON) return new Set();
  const counts = new Map<EntityId, number>();
  for (const r of reports) for (const id of new Set([...r.agents, ...r.targets, ...r.places])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > share * reports.length).map(([id]) => id));
}

/** Groups report indices: strongest pairs first, joining groups only when all their dates agree. */
export function groupReports(reports: readonly ReportFeatures[], common: (id: EntityId) => boolean): number[][] {
  const happened = reports.map((r, i) => (r.planned ? -1 : i)).filter((i) => i >= 0);
  const pairs: { a: number; b: number; score: number }[] = [];
  for (let x = 0; x < happened.length; x++) {
    for (let y = x + 1; y < happened.length; y++) {
      const [a, b] = [happened[x] as number, happened[y] as number];
      const score = reportSimilarity(reports[a] as ReportFeatures, reports[b] as ReportFeatures, common);
      if (score >= threshold(reports[a] as ReportFeatures, reports[b] as ReportFeatures)) pairs.push({ a, b, score });
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  const groupOf = new Map<number, number[]>(happened.map((i) => [i, [i]]));
  // Every pair across the two groups must allow one event: dates compatible, roles not reversed.
  const agree = (g: readonly number[], h: readonly number[]): boolean =>
    g.every((i) => h.every((j) => {
      const [a, b] = [reports[i] as ReportFeatures, reports[j] as ReportFeatures];
      return datesAllow(a, b) && !rolesReversed(a, b) && !countsConflict(a.figureValues, b.figureValues);
    }));
  const dated = (g: readonly number[]): boolean => g.some((i) => reports[i]?.date);
  for (const { a, b } of pairs) {
    const [g, h] = [groupOf.get(a) as number[], groupOf.get(b) as number[]];
    if (g === h || !agree(g, h)) continue;
    // Two dated groups join only through two dated reports: an undated report ("the attack") would bridge anything.
    if (dated(g) && dated(h) && !(reports[a]?.date && reports[b]?.date)) continue;
    g.push(...h);
    for (const i of h) groupOf.set(i, g);
  }
  const groups = [...new Set(groupOf.values())];
  // Planned reports join the group they resemble most; they never link two groups, and an undated
  // plan never joins an event that had already happened when its article was published (it is a
  // plan to answer that event: "strikes planned in response to the killing").
  const over = (g: readonly number[], published: string | null | undefined): boolean =>
    !!published && g.some((j) => reports[j]?.date) && g.every((j) => !reports[j]?.date || (reports[j]?.date?.to ?? '') < published);
  reports.forEach((r, i) => {
    if (!r.planned) return;
    let best: { group: number[]; score: number } | null = null;
    for (const g of groups) {
      if (!r.date && over(g, r.published)) continue;
      const score = Math.max(...g.map((j) => reportSimilarity(r, reports[j] as ReportFeatures, common) - threshold(r, reports[j] as ReportFeatures)));
      if (score >= 0 && agree(g, [i]) && (!best || score > best.score)) best = { group: g, score };
    }
    if (best) best.group.push(i);
  });
  // A report that only continues an incident ("the drone, which also wounded …") and found no
  // event of its own joins the event of the mention it continues.
  reports.forEach((r, i) => {
    if (r.antecedent === undefined || r.planned) return;
    const own = groupOf.get(i); // a report not yet moved: only this pass moves reports, each its own
    if (!own || own.length > 1) return;
    const home = groups.find((g) => g !== own && g.some((j) => reports[j]?.articleIndex === r.articleIndex && reports[j]?.event === r.antecedent));
    if (!home || !agree(home, own)) return;
    home.push(i);
    own.length = 0;
  });
  joinUndatedSingletons(reports, groups, common, agree);
  return groups.filter((g) => g.length > 0).map((g) => [...g].sort((i, j) => i - j));
}

/**
 * Undated reports of one article that found no event elsewhere ("an attack by X inside Y",
 * told as background) join the one event they plainly retell: a report there names the same
 * agent as one of them and at least one more of its actors, and no other event matches as well.
 * A tie leaves them alone.
 */
function joinUndatedSingletons(
  reports: readonly ReportFeatures[],
  groups: number[][],
  common: (id: EntityId) => boolean,
  agree: (g: readonly number[], h: readonly number[]) => boolean,
): void {
  for (const own of groups) {
    const first = reports[own[0] as number];
    if (!first || !own.every((i) => !reports[i]?.date && !reports[i]?.planned && reports[i]?.articleIndex === first.articleIndex)) continue;
    const match = (j: number): number => Math.max(0, ...own.map((i) => {
      const [a, b] = [reports[i] as ReportFeatures, reports[j] as ReportFeatures];
      return retells(a, b, common) ? reportSimilarity(a, b, common) : 0;
    }));
    const scored = groups
      .filter((g) => g !== own && g.length > 0 && agree(g, own))
      .map((g) => ({ g, score: Math.max(0, ...g.map(match)) }))
      .filter((x) => x.score > 0)
      .sort((x, y) => y.score - x.score);
    const [best, second] = scored;
    if (!best || (second && second.score === best.score)) continue;
    best.g.push(...own);
    own.length = 0;
  }
}

/** The same agent (not one that takes part in everything) and one more shared actor, in any role. */
function retells(a: ReportFeatures, b: ReportFeatures, common: (id: EntityId) => boolean): boolean {
  const agent = [...a.agents].find((id) => b.agents.has(id) && !common(id));
  if (!agent) return false;
  const others = new Set([...b.targets, ...b.places, ...b.sentenceActors]);
  others.delete(agent);
  return [...a.targets, ...a.places].some((id) => id !== agent && others.has(id));
}

const PRECISION_ORDER: readonly Precision[] = ['time', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century'];

/** The date most articles give, at the finest precision any report gives. */
function agreedDate(reports: readonly ReportFeatures[]): Event['date'] {
  const dated = reports.filter((r) => r.date && !r.planned);
  if (dated.length === 0) return null;
  const finest = Math.min(...dated.map((r) => PRECISION_ORDER.indexOf(r.date!.precision)));
  const articlesByValue = new Map<string, Set<ArticleId>>();
  for (const r of dated) {
    if (PRECISION_ORDER.indexOf(r.date!.precision) !== finest) continue;
    articlesByValue.set(r.date!.value, (articlesByValue.get(r.date!.value) ?? new Set()).add(r.articleId));
  }
  const [value] = [...articlesByValue].sort((x, y) => y[1].size - x[1].size || x[0].localeCompare(y[0]))[0] as [string, Set<ArticleId>];
  return { value, precision: PRECISION_ORDER[finest] as Precision };
}

function mainType(reports: readonly ReportFeatures[]): EventType {
  const counts = new Map<EventType, number>();
  for (const r of reports) if (!r.planned) counts.set(r.mention.type, (counts.get(r.mention.type) ?? 0) + 1);
  const rank = (t: EventType): number => (TYPE_PRIORITY.includes(t) ? TYPE_PRIORITY.indexOf(t) : TYPE_PRIORITY.length);
  return [...counts].sort((x, y) => y[1] - x[1] || rank(x[0]) - rank(y[0]) || x[0].localeCompare(y[0]))[0]?.[0] ?? (reports[0] as ReportFeatures).mention.type;
}

/** Actors in one role, most reported first. */
function ranked(reports: readonly ReportFeatures[], role: 'agents' | 'targets' | 'places'): EntityId[] {
  const counts = new Map<EntityId, number>();
  for (const r of reports) for (const id of r[role]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([id]) => id);
}

/**
 * Who did it, for the title: the most reported agent, and a second one named beside it in most
 * of the reports naming the first ("Strikes by Freedonia and Atlantis"): naming one of two allies
 * would misreport the event, while two sources blaming different actors is not an alliance.
 */
function agentNames(reports: readonly ReportFeatures[], ranked: readonly EntityId[], names: ReadonlyMap<EntityId, string>): string | undefined {
  const [first, second] = ranked;
  if (!first) return undefined;
  const naming = reports.filter((r) => r.agents.has(first));
  const together = second === undefined ? 0 : naming.filter((r) => r.agents.has(second)).length;
  const both = second !== undefined && together * 2 > naming.length ? [first, second] : [first];
  return both.map((id) => names.get(id) ?? id).join(' and ');
}

function toReport(r: ReportFeatures): EventReport {
  return {
    articleId: r.articleId,
    event: r.event,
    figures: r.figures,
    ...(r.date ? { date: { value: r.date.value, precision: r.date.precision, from: r.date.from, to: r.date.to } } : {}),
    ...(r.planned ? { planned: true } : {}),
  };
}

export function clusterEvents(input: ClusterInput, options: ClusterOptions = CLUSTER_DEFAULTS): Event[] {
  const repeated = repeatedOf(input);
  const reports = collectReports(input, repeated);
  const common = commonActors(reports.filter((r) => !r.planned), options.commonShare);
  const names = new Map(input.entities.map((e) => [e.id, e.name]));
  const analysisOf = (r: ReportFeatures) => {
    const analysis = input.analyses[r.articleIndex];
    return analysis ? { analysis, entities: input.mentionEntities[r.articleIndex] ?? [], text: input.articles[r.articleIndex]?.text ?? '' } : undefined;
  };
  const drafts: Draft[] = groupReports(reports, (id) => common.has(id))
    .map((group) => group.map((i) => reports[i] as ReportFeatures))
    .filter((group) => articleCount(group) >= options.minArticles)
    .map((group) => {
      const type = mainType(group);
      const date = agreedDate(group);
      const [agents, targets, places] = [ranked(group, 'agents'), ranked(group, 'targets'), ranked(group, 'places')];
      const name = (ids: readonly EntityId[]): string | undefined => (ids[0] ? names.get(ids[0]) : undefined);
      const target = targets.find((id) => !agents.slice(0, 1).includes(id));
      const targetName = target ? names.get(target) : undefined;
      const described = target && targetName ? targetDescription(target, targetName, group, analysisOf) : undefined;
      const title = eventTitle({ type: titleType(type, group), agent: agentNames(group, agents, names) ?? agentDescription(group), target: described ?? targetName, place: name(places) });
      // A tally is told apart by whose count it is and where ("US troops in X" and "in Y").
      const who = type === 'tally' ? [name(agents), name(places)].filter(Boolean).join(' ') : (name(targets) ?? name(agents) ?? name(places) ?? '');
      const key = slugify(`${type} ${date?.value ?? 'undated'} ${who}`, type);
      const discrepancies: Discrepancy[] = findDiscrepancies(group, input);
      return { key, type, title, date, agents, targets, places, group, discrepancies };
    });
  const all = [...drafts, ...reactionDrafts(input, drafts, names, repeated, options.minArticles)]
    .map((d) => ({ ...d, from: d.group.find((r) => r.date?.value === d.date?.value)?.date?.from ?? '' }))
    .sort((x, y) => (x.date ? 0 : 1) - (y.date ? 0 : 1) || x.from.localeCompare(y.from) || x.key.localeCompare(y.key) || reportKey(x.group).localeCompare(reportKey(y.group)));
  const slugs = uniqueSlugs(all.map((d) => d.key));
  const slugOf = new Map(all.map((d, i) => [d.group, slugs[i] as Slug]));
  return all.map(({ key: _key, from: _from, group, reactsTo, ...rest }) => {
    const slug = slugOf.get(group) as Slug;
    const about = reactsTo === undefined ? undefined : slugOf.get(reactsTo.group);
    return { id: slug as unknown as EventId, slug, ...rest, reports: group.map(toReport), ...(about ? { reactsTo: about as unknown as EventId } : {}) };
  });
}

/** An event before its slug is fixed: keyed by its slug-to-be, with its reports' features. */
interface Draft extends Omit<Event, 'id' | 'slug' | 'reports' | 'reactsTo'> {
  readonly key: Slug;
  readonly group: readonly ReportFeatures[];
  readonly reactsTo?: Draft;
}

function articleCount(group: readonly ReportFeatures[]): number {
  return new Set(group.filter((r) => !r.planned).map((r) => r.articleId)).size;
}

/** Reaction events (events/reactions.ts): one country's statements about one grouped event. */
function reactionDrafts(
  input: ClusterInput,
  events: readonly Draft[],
  names: ReadonlyMap<EntityId, string>,
  repeated: ReadonlyMap<ArticleId, ReadonlySet<number>>,
  minArticles: number,
): Draft[] {
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const countries = new Map<string, EntityId>();
  for (const e of input.entities) {
    const country = e.type === 'place' ? countryOf(e.name)?.country : undefined;
    if (country !== undefined && !countries.has(country)) countries.set(country, e.id);
  }
  const articles = input.analyses.map((analysis, i) => ({
    analysis,
    entities: input.mentionEntities[i] ?? [],
    text: input.articles[i]?.text ?? '',
    skip: repeated.get(analysis.articleId) ?? new Set<number>(),
  }));
  const reacted = events.map((e) => ({
    type: e.type, agents: e.agents, targets: e.targets, places: e.places, reportCount: e.group.length,
    sentences: e.group.map((r) => ({ articleIndex: r.articleIndex, sentence: r.mention.sentence })),
  }));
  return findReactions(articles, reacted, (c) => countries.get(c), (id) => byId.get(id)).flatMap((reaction) => {
    const about = events[reaction.about];
    const group = reaction.statements.map(({ articleIndex, event }) => {
      const analysis = input.analyses[articleIndex] as Analysis;
      const published = input.articles[articleIndex]?.meta?.published.value ?? null;
      return reportFeatures(articleIndex, analysis, input.mentionEntities[articleIndex] ?? [], published, event, [], input.articles[articleIndex]?.text ?? '');
    });
    if (!about || articleCount(group) < minArticles) return [];
    const date = agreedDate(group);
    const voice = names.get(reaction.voice) ?? reaction.voice;
    const agents = [reaction.voice, ...ranked(group, 'agents').filter((id) => id !== reaction.voice)];
    return [{
      key: slugify(`reaction ${date?.value ?? 'undated'} ${voice}`, 'reaction'),
      type: 'statement' as const,
      title: `Reaction of ${voice} to ${lowerFirst(about.title)}`,
      date, agents, targets: [], places: [], group, discrepancies: [], reactsTo: about,
    }];
  });
}

/** "Strikes by X" → "strikes by X": titles open with their type word, a common noun. */
function lowerFirst(title: string): string {
  return title.charAt(0).toLowerCase() + title.slice(1);
}

function reportKey(reports: readonly ReportFeatures[]): string {
  return reports.map((r) => `${r.articleId}#${r.event}`).join(',');
}
