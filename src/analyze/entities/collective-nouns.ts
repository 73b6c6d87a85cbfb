/**
 * A name followed by a lower-case noun that only says what kind of thing the name is:
 * "the Zarqa movement", "Zarqa rebels", "Nordic states" (a group), "the Tarlan region" (the place).
 * The whole phrase is a mention of the name's actor: `name` stays the bare name so resolution
 * merges it with the name alone, and `core` keeps the name's span for name-finder scoring.
 *
 * Only names that are no country or nationality of a country take a group noun: "Syrian rebels"
 * are not Syria, and "Texas rebels" are not the place Texas. "X Region" capitalised is a name of
 * its own (candidates.ts keeps it whole); only the lower-case noun is a mere descriptor.
 */
import type { EntityType, Mention } from '../../model.ts';
import type { Token } from '../nlp.ts';

/** Collective nouns that make "<name> X" the group or movement the name stands for. */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'movement', 'rebels', 'fighters', 'militants', 'insurgents', 'guerrillas', 'separatists', 'loyalists', 'states', 'nations',
]);
/**
 * People nouns that make "<nationality> X" a collective actor of its own ("Chilean settlers",
 * "Peruvian protesters"), not the country: the phrase is the group's name.
 */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['settlers', 'protesters', 'protestors', 'demonstrators', 'refugees', 'migrants']);
/** Administrative nouns that make "<place> X" the place itself. */
const REGION_NOUNS: ReadonlySet<string> = new Set(['region', 'province', 'governorate', 'prefecture']);

function kindAfter(m: Mention, noun: string): EntityType | null {
  if (PEOPLE_NOUNS.has(noun)) return m.type === 'group' && m.country !== undefined && !m.evidence.includes('demonym:plural') ? 'group' : null;
  if (REGION_NOUNS.has(noun)) return m.type === 'place' && !m.evidence.includes('gazetteer:country') ? 'place' : null;
  if (!GROUP_NOUNS.has(noun)) return null;
  const placeLike = m.type === 'place' || m.country !== undefined || m.evidence.some((e) => e.startsWith('gazetteer:'));
  if ((m.type !== 'group' && m.type !== 'organization') || placeLike) return null;
  // "Hamas militants" stay the organisation Hamas; "Nordic states" are a group of countries.
  return noun === 'states' || noun === 'nations' ? 'group' : m.type;
}

/** Widens each mention over a collective or region noun right after it (see the module comment). */
export function withCollectiveNouns(text: string, mentions: readonly Mention[], tokensOf: (sentence: number) => readonly Token[]): Mention[] {
  return mentions.map((m) => {
    if (m.core || m.title !== undefined) return m;
    const tokens = tokensOf(m.sentence);
    const last = tokens.findIndex((t) => t.end === m.end);
    const next = tokens[last + 1];
    if (last < 0 || !next || !/^\s+$/.test(tokens[last]!.post + next.pre)) return m;
    const word = next.text.replace(/['’]s?$/, '');
    if (word !== word.toLowerCase()) return m;
    const type = kindAfter(m, word);
    if (!type) return m;
    // "the Zarqa movement leaders": the noun phrase goes on, so the noun only modifies it.
    const after = tokens[last + 2];
    if (word === next.text && after && /^\s+$/.test(next.post + after.pre) && after.text === after.text.toLowerCase() && after.tags.includes('Noun') && !after.tags.includes('Pronoun')) return m;
    const end = next.start + word.length;
    const { country: _country, ...rest } = m;
    const surface = text.slice(m.start, end);
    return {
      ...rest,
      end,
      text: surface,
      // A people noun makes a new name; any other noun leaves the name's actor as it was.
      ...(PEOPLE_NOUNS.has(word) ? { name: surface.replace(/\s+/g, ' ') } : {}),
      type,
      evidence: [...m.evidence, `collective:${word}`],
      core: { start: m.start, end: m.end, type: m.type },
    };
  });
}
