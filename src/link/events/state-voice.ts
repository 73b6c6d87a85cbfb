/**
 * Which state a statement speaks for, when its speaker is one: the country itself ("Freedonia
 * said"), its capital standing for its government ("Lagos said"), a government body or official
 * named with the country ("the Freedonian Foreign Ministry", "a source in the Freedonian
 * government", "Freedonian officials"), or a person the article ties to an office there
 * ("Freedonian Prime Minister X", "X, Freedonia's defence minister", "the office of X" when the
 * article calls the government "X's government" and names no other). Analysts, residents,
 * former officials and armed groups speak for no state; neither does a body with no country
 * in its name ("the Pentagon"): newsweave carries no list of who belongs to which government.
 */
import type { Analysis, EntityId, EventMention, Mention } from '../../model.ts';
import { countryOf, countryOfCapital, demonymOf } from '../../analyze/entities/gazetteer.ts';

/** Words that make a speaker official: an organ of government or a holder of office. */
const OFFICE = /\b(?:government|ministry|ministries|minister|ministers|officials?|spokes(?:man|woman|person)|office|cabinet|presidency|president|premier|parliament|embassy|ambassador|authorities|army|military|armed forces|foreign service|chancellery)\b/i;
/** Offices that no longer speak for anyone, and speakers beside a state rather than in it. */
const NOT_OFFICIAL = /\b(?:former|ex-|retired|opposition|analysts?|experts?|residents?|critics?|lawmakers? from the opposition)\b/i;
const TITLE = String.raw`(?:deputy |acting )?(?:prime minister|president|premier|chancellor|(?:foreign|defen[cs]e|interior) minister|minister|spokes(?:man|woman|person)|ambassador)`;
const COUNTRY_WORD = String.raw`(\p{Lu}[\p{L}.'’-]*?)(?:['’]s)?`;
/** A title a person holds for a country, before the name ("Freedonian Prime Minister X", "Freedonia's defence minister, X"). */
const TITLE_BEFORE = new RegExp(String.raw`(former\s+|ex-)?${COUNTRY_WORD}\s+${TITLE}\s*,?\s*$`, 'iu');
/** …or in an apposition after it ("X, Freedonia's foreign minister", "X, the prime minister of Freedonia"). */
const TITLE_AFTER = new RegExp(String.raw`^\s*,\s*(?:the\s+)?(?:${TITLE}\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’ -]*?)\b(?=[,.;]|\s+(?:and|who|said)\b|$)|${COUNTRY_WORD}\s+${TITLE}\b)`, 'iu');

export interface VoiceContext {
  readonly analysis: Analysis;
  /** The entity of each mention of the article (parallel to `analysis.mentions`). */
  readonly entities: readonly (EntityId | undefined)[];
  readonly text: string;
  /** Country common name ("Iraq") → the corpus entity for it. */
  readonly countryEntity: (country: string) => EntityId | undefined;
  /** An entity's canonical name and type. */
  readonly entity: (id: EntityId) => { readonly name: string; readonly type: string } | undefined;
}

/** The country a word or name refers to: a country name, a nationality word, or a capital. */
function countryNamed(words: string): string | undefined {
  const bare = words.replace(/['’]s$/, '');
  return countryOf(bare)?.country ?? demonymOf(bare)?.country ?? countryOfCapital(bare);
}

/** The country a mention names: a country or its capital, or a body named after it ("Freedonian government"). */
function countryOfMention(ctx: VoiceContext, index: number): string | undefined {
  const mention = ctx.analysis.mentions[index] as Mention;
  if (mention.country) return mention.country;
  const id = ctx.entities[index];
  const named = id === undefined ? undefined : ctx.entity(id);
  if (named?.type === 'place') return countryNamed(named.name);
  if (named?.type === 'organization') return countryNamed(named.name.split(/\s+/)[0] ?? '');
  return undefined;
}

/** People the article ties to an office of a country: person entity → country entity. */
export function officeHolders(ctx: VoiceContext): Map<EntityId, EntityId> {
  const { analysis, text } = ctx;
  const out = new Map<EntityId, EntityId>();
  const possessive = new Set<EntityId>();
  analysis.mentions.forEach((m, i) => {
    const id = ctx.entities[i];
    if (m.type !== 'person' || id === undefined) return;
    const sentence = analysis.sentences[m.sentence];
    const before = TITLE_BEFORE.exec(text.slice(Math.max(sentence?.start ?? 0, m.start - 60), m.start));
    const after = TITLE_AFTER.exec(text.slice(m.end, Math.min(sentence?.end ?? text.length, m.end + 80)));
    const word = before && !before[1] ? before[2] : (after?.[1] ?? after?.[2]);
    const country = word === undefined ? undefined : countryNamed(word.trim());
    const entity = country === undefined ? undefined : ctx.countryEntity(country);
    if (entity !== undefined) out.set(id, entity);
    if (/^['’]s\s+government\b/.test(text.slice(m.end, m.end + 14))) possessive.add(id);
  });
  // "X's government" is the article's one "<country> government" when it names only one.
  const governments = new Set<string>();
  analysis.mentions.forEach((m, i) => {
    const id = ctx.entities[i];
    const named = id === undefined ? undefined : ctx.entity(id);
    if (named?.type === 'organization' && /\sgovernment$/i.test(named.name)) {
      const c = countryNamed(named.name.split(/\s+/)[0] ?? '');
      if (c) governments.add(c);
    }
  });
  const only = governments.size === 1 ? ctx.countryEntity([...governments][0] as string) : undefined;
  if (only !== undefined) for (const id of possessive) if (!out.has(id)) out.set(id, only);
  return out;
}

/** Where the speaker is described: the agent, with "in/of X" before the verb or an apposition after it. */
function speakerRegion(ctx: VoiceContext, statement: EventMention): { start: number; end: number } | null {
  const agent = statement.agents[0];
  if (!agent) return null;
  const { text } = ctx;
  if (agent.end <= statement.start) {
    const gap = text.slice(agent.end, statement.start);
    return /^\s+(?:in|at|of|from|within|for|inside)\b/.test(gap) && !/[,;]/.test(gap) ? { start: agent.start, end: statement.start } : agent;
  }
  const apposition = /^\s*,\s*[^,.;:“”"]{0,80}/.exec(text.slice(agent.end, agent.end + 90));
  return { start: agent.start, end: agent.end + (apposition?.[0].length ?? 0) };
}

/**
 * The country entity a statement speaks for, or undefined. `holders` comes from officeHolders
 * over the same article.
 */
export function voiceOf(ctx: VoiceContext, statement: EventMention, holders: ReadonlyMap<EntityId, EntityId>): EntityId | undefined {
  if (statement.type !== 'statement' || statement.modality !== 'asserted') return undefined;
  const region = speakerRegion(ctx, statement);
  if (!region) return undefined;
  const words = ctx.text.slice(region.start, region.end);
  if (NOT_OFFICIAL.test(words)) return undefined;
  const inside = ctx.analysis.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.start >= region.start && m.end <= region.end);
  for (const { i } of inside) {
    const id = ctx.entities[i];
    const office = id === undefined ? undefined : holders.get(id);
    if (office !== undefined) return office;
  }
  const countries = new Set(inside.flatMap(({ i }) => countryOfMention(ctx, i) ?? []));
  if (countries.size !== 1) return undefined;
  const country = ctx.countryEntity([...countries][0] as string);
  if (country === undefined) return undefined;
  // The country itself speaking ("Freedonia said", "Lagos said") or one of its offices.
  const alone = inside.length === 1 && words.trim().replace(/^the\s+/i, '') === (inside[0]?.m.text ?? '');
  return alone || OFFICE.test(words) ? country : undefined;
}
