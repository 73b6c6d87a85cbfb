/**
 * Descriptive mentions of institutions: a country or nationality word followed by a lower-case
 * institution noun ("US forces", "the Iraqi government", "Palestinian health ministry"), and a
 * person's name followed by "administration" or "government" ("the Smith administration").
 *
 * Decision: these are organisations on the site. "US forces" acts, is attacked and is quoted
 * apart from the United States as a place, and "the Smith administration" is a government, not
 * the person Smith; the gold of the seed articles lists them so ("US military", "Iraqi
 * government", "X administration" as organisations). A capitalised institution ("State
 * Department", "Foreign Ministry", "White House") is already a name of its own: candidates.ts
 * keeps the whole capitalised run and its head makes it an organisation. A CoNLL-style name
 * finder marks only the name inside a description ("US" place, "Iraqi" nationality, "Smith"
 * person); `Mention.core` keeps that span so scoring against such labels can use it.
 * Plain people nouns ("US troops", "Iraqi officials") stay as they are: they name no institution.
 */
import type { EntityType, Mention } from '../../model.ts';
import type { Token } from '../nlp.ts';
import { countryOf, demonymOf } from './gazetteer.ts';

/** Lower-case heads that make "<country> X" an institution. */
const NATIONAL_INSTITUTIONS: ReadonlySet<string> = new Set([
  'government', 'military', 'forces', 'army', 'navy', 'administration', 'ministry', 'parliament', 'embassy',
  'police', 'cabinet', 'authorities', 'regime', 'junta', 'coast guard',
]);
/** Lower-case heads that make "<person> X" an institution. */
const PERSON_INSTITUTIONS: ReadonlySet<string> = new Set(['administration', 'government', 'cabinet', 'campaign']);
/** One lower-case word that may sit between the name and the head ("health ministry", "armed forces"). */
const INSTITUTION_MODIFIERS: ReadonlySet<string> = new Set([
  'armed', 'military', 'security', 'federal', 'interim', 'transitional', 'foreign', 'health', 'defence',
  'defense', 'interior', 'finance', 'justice', 'education', 'state', 'central', 'special', 'naval', 'coast',
]);

export interface Description {
  /** Index of the last token of the description (its head). */
  readonly last: number;
  /** The head with its modifier, lower case ("health ministry"). */
  readonly head: string;
}

/**
 * The institution noun phrase right after the name ending at token `last`, if any. Only plain
 * spaces may separate the words: a comma or a quote ends the name.
 */
export function institutionAfter(tokens: readonly Token[], last: number, nameType: EntityType): Description | null {
  const heads = nameType === 'person' ? PERSON_INSTITUTIONS : NATIONAL_INSTITUTIONS;
  const joined = (i: number): boolean => /^\s+$/.test((tokens[i]?.post ?? '') + (tokens[i + 1]?.pre ?? ''));
  const lower = (i: number): string | undefined => {
    const t = tokens[i];
    return t && t.text === t.text.toLowerCase() ? t.text : undefined;
  };
  if (!joined(last) || /['’]s$/.test(tokens[last]?.text ?? '')) return null;
  const one = lower(last + 1);
  if (one === undefined) return null;
  const two = joined(last + 1) ? lower(last + 2) : undefined;
  if (two !== undefined && nameType !== 'person' && INSTITUTION_MODIFIERS.has(one) && heads.has(two)) return { last: last + 2, head: `${one} ${two}` };
  if (two !== undefined && heads.has(`${one} ${two}`)) return { last: last + 2, head: `${one} ${two}` };
  // "the US military base": the noun phrase goes on, so "military" only modifies "base".
  if (heads.has(one) && !continuesNounPhrase(tokens[last + 2], joined(last + 1))) return { last: last + 1, head: one };
  return null;
}

function continuesNounPhrase(next: Token | undefined, joined: boolean): boolean {
  return next !== undefined && joined && next.text === next.text.toLowerCase() && next.tags.includes('Noun') && !next.tags.includes('Pronoun');
}

/** Whether a mention can head a description: a country, a nationality adjective or a person. */
export function describableType(m: Mention): EntityType | null {
  if (m.type === 'place' && m.evidence.includes('gazetteer:country')) return 'place';
  if (m.type === 'group' && m.country !== undefined && !m.evidence.includes('demonym:plural')) return 'group';
  if (m.type === 'person' && m.title === undefined) return 'person';
  return null;
}

/**
 * "American and British forces": the institution noun belongs to the whole list, not to the
 * last country word, so no one description can be cut out of it; each word stays the country's.
 */
function closesNationalList(tokens: readonly Token[], start: number): boolean {
  const first = tokens.findIndex((t) => t.start === start);
  const glue = tokens[first - 1];
  const before = tokens[first - 2];
  if (first < 2 || !glue || !before || !/^(?:and|or)$/.test(glue.text)) return false;
  const word = before.text.replace(/['’]s$/, '');
  return demonymOf(word) !== undefined || countryOf(word) !== undefined;
}

/**
 * A lone word with no evidence of its own before "administration" is a surname: administrations
 * are named after the people who lead them.
 */
function isUnknownSurname(m: Mention, tokens: readonly Token[], last: number): boolean {
  // compromise reads "X administration" as an organisation name: that is no evidence about X.
  const shapeOnly = m.evidence.length > 0 && m.evidence.every((e) => e.startsWith('shape:') || e === 'compromise:Organization');
  return shapeOnly && !m.name.includes(' ') && tokens[last + 1]?.text === 'administration';
}

/**
 * Widens each describable mention over the institution noun after it (see the module comment);
 * `tokensOf` gives the tokens of a mention's sentence.
 */
export function withDescriptions(text: string, mentions: readonly Mention[], tokensOf: (sentence: number) => readonly Token[]): Mention[] {
  return mentions.map((m) => {
    const tokens = tokensOf(m.sentence);
    const last = tokens.findIndex((t) => t.end === m.end || (t.end === m.end + 2 && /['’]s$/.test(t.text)));
    if (last < 0) return m;
    const type = describableType(m) ?? (isUnknownSurname(m, tokens, last) ? 'person' : null);
    if (!type || closesNationalList(tokens, m.start)) return m;
    const found = institutionAfter(tokens, last, type);
    if (!found) return m;
    const end = tokens[found.last]!.end;
    const surface = text.slice(m.start, end);
    const { country: _country, ...rest } = m;
    return {
      ...rest,
      end,
      text: surface,
      name: `${m.name} ${text.slice(m.end, end).trim().replace(/\s+/g, ' ')}`,
      type: 'organization' as const,
      evidence: [...m.evidence, `description:${found.head}`],
      core: { start: m.start, end: m.end, type },
    };
  });
}
