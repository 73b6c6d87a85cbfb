/**
 * How a state answered what was done on its soil or to it: statements by one country's voices
 * (state-voice.ts) about one event, told across articles, form a reaction event ("Reaction of
 * Freedonia to strikes by Atlantis in Freedonia"). Statements are otherwise not grouped: two
 * people saying things is not one event. A reaction is, because the speakers speak for one
 * party and about one deed.
 *
 * A statement is about an event when its own sentence or the one before holds a report of that
 * event, or when its sentence names the event's agent (or its capital: "signals from Lagos")
 * beside a deed of the same family ("…would respond by targeting factions"). The event must be
 * someone else's deed that happened in the speaker's country or to it; a state's account of
 * its own deed is not a reaction.
 */
import type { Analysis, EntityId, Event, EventMention, EventType } from '../../model.ts';
import { countryOfCapital } from '../../analyze/entities/gazetteer.ts';
import { sameFamily } from './event-family.ts';
import { officeHolders, voiceOf, type VoiceContext } from './state-voice.ts';

/** What reaction finding needs of a grouped event. */
export interface ReactedEvent extends Pick<Event, 'type' | 'agents' | 'targets' | 'places'> {
  /** Where its reports are: article index and sentence. */
  readonly sentences: readonly { readonly articleIndex: number; readonly sentence: number }[];
  readonly reportCount: number;
}

export interface ArticleForReactions {
  readonly analysis: Analysis;
  readonly entities: readonly (EntityId | undefined)[];
  readonly text: string;
  /** Sentences of repeated paragraphs: counted once, at their first occurrence. */
  readonly skip: ReadonlySet<number>;
}

export interface Reaction {
  /** The index of the event reacted to, in the list given to findReactions. */
  readonly about: number;
  /** The country entity the statements speak for. */
  readonly voice: EntityId;
  /** The statements: article index and event index. */
  readonly statements: readonly { readonly articleIndex: number; readonly event: number }[];
}

const UNRELATED: ReadonlySet<EventType> = new Set(['statement', 'threat', 'tally']);

/**
 * How plainly a statement speaks of the event: 3 its sentence reports it; 2 the sentence before
 * does and this one answers it (with a deed of the same kind, "civilians were killed in the
 * strikes", or in quoted words); 1 its sentence names the event's agent beside a deed of the same
 * kind; 0 not at all ("Peru said exports rose" after a report of the strikes).
 */
function aboutScore(article: ArticleForReactions, articleIndex: number, statement: EventMention, event: ReactedEvent, countryEntity: (c: string) => EntityId | undefined, name: (id: EntityId) => string | undefined): number {
  const reported = (sentence: number): boolean => event.sentences.some((s) => s.articleIndex === articleIndex && s.sentence === sentence);
  if (reported(statement.sentence)) return 3;
  const { analysis, entities } = article;
  // A threatened or planned deed counts: a state answers threats too.
  const likeDeed = analysis.events.some((e) => e.sentence === statement.sentence && e !== statement && sameFamily(e.type, event.type));
  const quoted = analysis.quotes.some((q) => q.sentence === statement.sentence);
  if (reported(statement.sentence - 1) && (likeDeed || quoted)) return 2;
  if (!likeDeed) return 0;
  const namesAgent = analysis.mentions.some((m, i) => {
    if (m.sentence !== statement.sentence) return false;
    const id = entities[i];
    if (id === undefined) return false;
    if (event.agents.includes(id)) return true;
    const capitalOf = countryOfCapital(name(id) ?? '');
    const country = capitalOf === undefined ? undefined : countryEntity(capitalOf);
    return country !== undefined && event.agents.includes(country);
  });
  return namesAgent ? 1 : 0;
}

export function findReactions(
  articles: readonly ArticleForReactions[],
  events: readonly ReactedEvent[],
  countryEntity: (country: string) => EntityId | undefined,
  entity: VoiceContext['entity'],
): Reaction[] {
  const name = (id: EntityId): string | undefined => entity(id)?.name;
  const groups = new Map<string, Reaction & { statements: { articleIndex: number; event: number }[] }>();
  articles.forEach((article, articleIndex) => {
    const ctx: VoiceContext = { analysis: article.analysis, entities: article.entities, text: article.text, countryEntity, entity };
    const holders = officeHolders(ctx);
    article.analysis.events.forEach((statement, statementIndex) => {
      if (article.skip.has(statement.sentence)) return;
      const voice = voiceOf(ctx, statement, holders);
      if (voice === undefined) return;
      let best: { event: ReactedEvent; index: number; score: number } | null = null;
      for (const [index, event] of events.entries()) {
        if (UNRELATED.has(event.type) || event.agents.length === 0 || event.agents.includes(voice)) continue;
        if (!event.places.includes(voice) && !event.targets.includes(voice)) continue;
        const score = aboutScore(article, articleIndex, statement, event, countryEntity, name);
        if (score === 0) continue;
        if (!best || score > best.score || (score === best.score && event.reportCount > best.event.reportCount)) best = { event, index, score };
      }
      if (!best) return;
      const key = `${best.index}\u0000${voice}`;
      const group = groups.get(key) ?? { about: best.index, voice, statements: [] };
      group.statements.push({ articleIndex, event: statementIndex });
      groups.set(key, group);
    });
  });
  return [...groups.values()];
}
