/**
 * A lower-case class noun right before a name, or a list of names, says what they all are:
 * "the groups Zarqa and Imam Tahir", "the companies Velto, Ardex and Mira", "the city Tarlan".
 * Coordinated names share that type, whatever each name looks like on its own (a title-like first
 * word such as "Imam" or "Saint" inside an organisation's name otherwise reads as a person).
 * A person read with a title that becomes an organisation takes the title back into its name.
 */
import type { EntityType, Mention } from '../../model.ts';
import type { Token } from '../nlp.ts';

const CLASS_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...['group', 'groups', 'faction', 'factions', 'militia', 'militias', 'party', 'parties', 'organisation', 'organisations',
    'organization', 'organizations', 'company', 'companies', 'firm', 'firms', 'agency', 'agencies', 'movement', 'movements'].map((w) => [w, 'organization'] as const),
  ...['city', 'cities', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'countries'].map((w) => [w, 'place'] as const),
]);

/** Text allowed between two names of one list. */
const LIST_GLUE = /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)$/;

export function withClassNounLists(text: string, mentions: readonly Mention[], tokensOf: (sentence: number) => readonly Token[]): Mention[] {
  const out = [...mentions];
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    const type = classBefore(text, m, tokensOf(m.sentence));
    if (!type) continue;
    let j = i;
    do {
      out[j] = retype(text, out[j]!, type);
      j++;
    } while (j < out.length && out[j]!.sentence === m.sentence && LIST_GLUE.test(text.slice(out[j - 1]!.end, startOf(text, out[j]!))));
    i = j - 1;
  }
  return out;
}

/** The type a class noun right before the mention (or its title) gives it. */
function classBefore(text: string, m: Mention, tokens: readonly Token[]): EntityType | null {
  if (m.core) return null;
  const start = startOf(text, m);
  const k = tokens.findIndex((t) => t.start === start);
  const noun = tokens[k - 1];
  if (k < 1 || !noun || !/^\s+$/.test(noun.post + tokens[k]!.pre) || noun.text !== noun.text.toLowerCase()) return null;
  // "the groups X": a determiner before the noun, so the noun is not itself a modifier ("party X").
  const det = tokens[k - 2];
  if (!det || !/^(?:the|two|three|both|rival)$/i.test(det.text)) return null;
  return CLASS_NOUNS.get(noun.text) ?? null;
}

/** Where the mention starts, counting a title written right before it. */
function startOf(text: string, m: Mention): number {
  if (m.title === undefined) return m.start;
  const from = m.start - m.title.length - 1;
  return from >= 0 && text.slice(from, m.start) === `${m.title} ` ? from : m.start;
}

function retype(text: string, m: Mention, type: EntityType): Mention {
  if (m.type === type) return m;
  const evidence = [...m.evidence, 'class-noun'];
  if (m.title === undefined || type === 'person') return { ...m, type, evidence };
  const start = startOf(text, m);
  const { title: _title, ...rest } = m;
  const surface = text.slice(start, m.end);
  return { ...rest, start, text: surface, name: surface.replace(/\s+/g, ' '), type, evidence };
}
