/**
 * Capitalised words that are not names of actors, whatever their shape:
 * - a vessel's name after its prefix ("M/V Orion", "HMS Valiant"): a ship is no person,
 *   organisation or place (CoNLL files it as miscellaneous);
 * - an adjective capitalised before a common noun ("a Parliamentary party", "the Federal
 *   government", "Presidential guards"): a description, not a name. Known places, nationality
 *   words and other groups are names whatever follows ("Nepal police", "Kenyan troops", "Arab
 *   states").
 */
import type { EntityType } from '../../model.ts';
import { isLexiconAdjective, type Token } from '../nlp.ts';
import { baseText, type Candidate } from './candidates.ts';
import { countryOf, demonymOf, isKnownCity } from './gazetteer.ts';

const VESSEL_PREFIXES = new Set(['M/V', 'MV', 'M/T', 'MT', 'USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'RMS', 'INS']);

export function isNotAName(tokens: readonly Token[], candidate: Pick<Candidate, 'first' | 'last' | 'title'>, type: EntityType): boolean {
  const first = tokens[candidate.first];
  if (!first) return false;
  if (VESSEL_PREFIXES.has(first.text) || VESSEL_PREFIXES.has(tokens[candidate.first - 1]?.text ?? '')) return true;
  return type !== 'group' && candidate.first === candidate.last && candidate.title === undefined && isAdjectiveBeforeNoun(tokens, candidate.first);
}

/**
 * "Arab leaders", "Kurdish fighters": a capitalised adjective before a noun of people names the
 * group they belong to, not an organisation.
 */
export function isGroupAdjective(tokens: readonly Token[], candidate: Pick<Candidate, 'first' | 'last' | 'title'>): boolean {
  const word = tokens[candidate.first];
  const next = tokens[candidate.last + 1];
  if (!word || candidate.first !== candidate.last || candidate.title !== undefined || !next || /[,;:()"“”]/.test(word.post)) return false;
  return next.text === next.text.toLowerCase() && next.tags.includes('Actor') && isLexiconAdjective(word.text);
}

function isAdjectiveBeforeNoun(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || /[,;:()"“”]/.test(word.post) || next.text !== next.text.toLowerCase() || !next.tags.includes('Noun')) return false;
  // Before people ("Arab leaders", "Kurdish fighters") the word may name a group: left to the group rules.
  if (next.tags.includes('Actor')) return false;
  const base = baseText(word);
  if (countryOf(base) !== undefined || demonymOf(base) !== undefined || isKnownCity(base)) return false;
  return isLexiconAdjective(word.text);
}
