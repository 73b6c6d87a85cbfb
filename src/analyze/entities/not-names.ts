/**
 * Capitalised words whose shape says more than their capital:
 * - a vessel's name after its prefix ("M/V Orion", "HMS Valiant") names no actor: a ship is no
 *   person, organisation or place (CoNLL files it as miscellaneous);
 * - a single capitalised adjective before a lower-case noun is a description ("a Parliamentary
 *   party", "the Federal government"), except before people, where it names their group ("Arab
 *   leaders", "Kurdish fighters"). Known places and nationality words keep their own reading.
 */
import { isLexiconAdjective, type Token } from '../nlp.ts';
import { baseText, type Candidate } from './candidates.ts';
import { countryOf, demonymOf, isKnownCity } from './gazetteer.ts';

const VESSEL_PREFIXES = new Set(['M/V', 'MV', 'M/T', 'MT', 'USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'RMS', 'INS']);

type Span = Pick<Candidate, 'first' | 'last' | 'title'>;

export function isVesselName(tokens: readonly Token[], candidate: Span): boolean {
  return VESSEL_PREFIXES.has(tokens[candidate.first]?.text ?? '') || VESSEL_PREFIXES.has(tokens[candidate.first - 1]?.text ?? '');
}

/** How a lone capitalised adjective before a lower-case noun reads: a description, a group, or neither. */
export function adjectiveReading(tokens: readonly Token[], candidate: Span): 'description' | 'group' | null {
  const word = tokens[candidate.first];
  const next = tokens[candidate.last + 1];
  if (!word || !next || candidate.first !== candidate.last || candidate.title !== undefined) return null;
  if (/[,;:()"“”]/.test(word.post) || next.text !== next.text.toLowerCase() || !next.tags.includes('Noun')) return null;
  const base = baseText(word);
  if (countryOf(base) !== undefined || demonymOf(base) !== undefined || isKnownCity(base) || !isLexiconAdjective(word.text)) return null;
  return next.tags.includes('Actor') ? 'group' : 'description';
}
