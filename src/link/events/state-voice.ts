/**
 * Which state a statement speaks for, when its speaker is one:
 * - the country itself or its capital standing for its government ("Freedonia said", "Lagos said");
 * - an official named with the country ("Freedonian officials", "a spokesman for Freedonia");
 * - a body of its government named after it ("the Freedonian Foreign Ministry", "a source in the
 *   Freedonian government"): a country word plus an office word, so "Freedonia Airways" and the
 *   "Freedonian Red Cross" are not the state;
 * - a person the article ties to an office there ("Freedonian Prime Minister X", "X, Freedonia's
 *   foreign minister", "X, the president of Freedonia"), or a head of government the article
 *   calls "Prime Minister X" and whose "X's government" is the one national government it names.
 * A place named after "in/at" says where the speaker is, not whom it speaks for ("Rebel officials
 * in Lagos"), and a speaker beside another organisation or group ("Velan Front officials", "UN
 * officials") speaks for that, not for a state. Former officials, analysts and residents speak
 * for no one; nor does a body with no country in its name ("the Defence Department"): newsweave carries no
 * list of who belongs to which government.
 */
import type { Analysis, EntityId, EventMention, Mention } from '../../model.ts';
import { countryOf, countryOfCapital, demonymOf } from '../../analyze/entities/gazetteer.ts';

/** Case-insensitive letters in a pattern that must keep its capital-letter checks case-sensitive. */
const anyCase = (words: string): string => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Words that make a speaker official: an organ of government or a holder of office. */
const OFFICE = /\b(?:government|ministry|ministries|minister|ministers|officials?|spokes(?:man|woman|person)|office|cabinet|presidency|president|premier|parliament|embassy|ambassador|authorities|army|military|armed forces|chancellery)\b/i;
/** Speakers who do not speak for a state even when named with one. */
const NOT_OFFICIAL = /\b(?:former|ex-|retired|opposition|analysts?|experts?|residents?|critics?|hospital|doctors?|medics?|witness(?:es)?)\b/i;
const TITLE = anyCase('(?:deputy |acting )?(?:prime minister|president|premier|chancellor|(?:foreign|defence|defense|interior) minister|minister|spokes(?:man|woman|person)|ambassador)');
/** A capitalised word or two naming a country or nationality ("Kenyan", "South African", "Kenya's"). */
const COUNTRY_WORDS = String.raw`((?:\p{Lu}[\p{L}.'’-]*\s)?\p{Lu}[\p{L}.'’-]*?)(?:['’]s)?`;
/** A title before the name ("Kenyan Prime Minister X", "Kenya's defence minister, X"); a former one is caught by its group. */
const TITLE_BEFORE = new RegExp(String.raw`(${anyCase('former')}\s+|${anyCase('ex')}-)?${COUNTRY_WORDS}\s+${TITLE}\s*,?\s*$`, 'u');
/** …or in an apposition after it ("X, Kenya's foreign minister", "X, the prime minister of Kenya"). */
const TITLE_AFTER = new RegExp(String.raw`^\s*,\s*(?:the\s+)?(?:${TITLE}\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’ -]*?)(?=[,.;]|\s+(?:and|who|said)\b|$)|${COUNTRY_WORDS}\s+${TITLE}\b)`, 'u');
/** Titles of a head of government, for "X's government". */
const HEAD_TITLE = /^(?:prime minister|premier|president|chancellor)$/i;

export interface VoiceContext {
  readonly analysis: Analysis;
  /** The entity of each mention of the article (parallel to `analysis.mentions`). */
  readonly entities: readonly (EntityId | undefined)[];
  readonly text: string;
  /** Country common name ("Kenya") → the corpus entity for it. */
  readonly countryEntity: (country: string) => EntityId | undefined;
  /** An entity's canonical name and type. */
  readonly entity: (id: EntityId) => { readonly name: string; readonly type: string } | undefined;
}

/**
 * The country a word or two name: a country, a nationality word or a capital. Both words first
 * ("South African"), then each alone ("Kenyan Prime" before "Minister" is Kenyan).
 */
function countryNamed(words: string): string | undefined {
  const bare = words.trim().replace(/['’]s$/, '');
  const read = (w: string): string | undefined => countryOf(w)?.country ?? demonymOf(w)?.country ?? countryOfCapital(w);
  const [first, ...rest] = bare.split(/\s+/);
  return read(bare) ?? (rest.length > 0 ? read(first ?? '') ?? read(rest.join(' ')) : undefined);
}

/** A state body named after its country ("Freedonian Foreign Ministry", "Freedonia's government"): that country. */
function bodyCountry(name: string): string | undefined {
  return OFFICE.test(name) ? countryNamed(name.split(/\s+/)[0] ?? '') : undefined;
}

/** People the article ties to an office of a country: person entity → country entity. */
export function officeHolders(ctx: VoiceContext): Map<EntityId, EntityId> {
  const { analysis, text } = ctx;
  const out = new Map<EntityId, EntityId>();
  const heads = new Set<EntityId>();
  const possessive = new Set<EntityId>();
  analysis.mentions.forEach((m, i) => {
    const id = ctx.entities[i];
    if (m.type !== 'person' || id === undefined) return;
    const sentence = analysis.sentences[m.sentence];
    const before = TITLE_BEFORE.exec(text.slice(Math.max(sentence?.start ?? 0, m.start - 60), m.start));
    const after = TITLE_AFTER.exec(text.slice(m.end, Math.min(sentence?.end ?? text.length, m.end + 80)));
    const words = before && !before[1] ? before[2] : (after?.[1] ?? after?.[2]);
    const country = words === undefined ? undefined : countryNamed(words);
    const entity = country === undefined ? undefined : ctx.countryEntity(country);
    if (entity !== undefined && !out.has(id)) out.set(id, entity);
    if (m.title && HEAD_TITLE.test(m.title)) heads.add(id);
    if (/^['’]s\s+government\b/.test(text.slice(m.end, m.end + 14))) possessive.add(id);
  });
  // "Prime Minister X" whose "X's government" is the one national government the article names.
  const governments = new Set<string>();
  analysis.mentions.forEach((_, i) => {
    const id = ctx.entities[i];
    const named = id === undefined ? undefined : ctx.entity(id);
    const country = named?.type === 'organization' && /\sgovernment$/i.test(named.name) ? bodyCountry(named.name) : undefined;
    if (country) governments.add(country);
  });
  const only = governments.size === 1 ? ctx.countryEntity([...governments][0] as string) : undefined;
  if (only !== undefined) for (const id of possessive) if (heads.has(id) && !out.has(id)) out.set(id, only);
  return out;
}

/** The speaker as written, and a phrase after it that says whose it is ("a source in the X government", "a spokesman for X"). */
function speakerParts(ctx: VoiceContext, statement: EventMention): { agent: { start: number; end: number }; of: { start: number; end: number } | null } | null {
  const agent = statement.agents[0];
  if (!agent) return null;
  const limit = agent.end <= statement.start ? statement.start : Math.min(agent.end + 80, ctx.text.length);
  const phrase = /^\s+(in|at|of|from|within|for|inside)\s+[^,.;:“”"]*/.exec(ctx.text.slice(agent.end, limit));
  return { agent, of: phrase ? { start: agent.end, end: agent.end + phrase[0].length } : null };
}

/**
 * The country entity a statement speaks for, or undefined. `holders` comes from officeHolders
 * over the same article.
 */
export function voiceOf(ctx: VoiceContext, statement: EventMention, holders: ReadonlyMap<EntityId, EntityId>): EntityId | undefined {
  if (statement.type !== 'statement' || statement.modality !== 'asserted') return undefined;
  const parts = speakerParts(ctx, statement);
  if (!parts) return undefined;
  const { agent, of } = parts;
  const region = { start: agent.start, end: of?.end ?? agent.end };
  const words = ctx.text.slice(region.start, region.end);
  if (NOT_OFFICIAL.test(words)) return undefined;
  const within = (span: { start: number; end: number }, m: Mention): boolean => m.start >= span.start && m.end <= span.end;
  const described = ctx.analysis.mentions.map((m, i) => ({ m, i })).filter(({ m }) => within(region, m));
  const inAgent = described.filter(({ m }) => within(agent, m));
  // Whose the phrase after the speaker is: "of/for X" names X; "in/at X" only a state body in X's name.
  const lends = of !== null && /^\s+(?:of|for)\b/.test(ctx.text.slice(of.start, of.end));
  const countries = new Set<string>();
  for (const { m, i } of described) {
    const id = ctx.entities[i];
    const named = id === undefined ? undefined : ctx.entity(id);
    const ofAgent = within(agent, m);
    const office = id === undefined || !ofAgent ? undefined : holders.get(id);
    if (office !== undefined) return office;
    const body = named?.type === 'organization' ? bodyCountry(named.name) : undefined;
    const place = named?.type === 'place' || m.country ? (m.country ?? (named ? countryNamed(named.name) : undefined)) : undefined;
    if (body) countries.add(body);
    else if (place && (ofAgent || lends)) countries.add(place);
    else if (named && named.type !== 'place') return undefined; // someone else's official ("Velan Front officials", "UN officials")
  }
  if (countries.size !== 1) return undefined;
  const country = ctx.countryEntity([...countries][0] as string);
  if (country === undefined) return undefined;
  // The country itself speaking ("Freedonia said", "Lagos said"), or an office of it.
  const alone = inAgent.length === 1 && words.trim().replace(/^the\s+/i, '') === inAgent[0]?.m.text;
  return alone || OFFICE.test(words) ? country : undefined;
}
