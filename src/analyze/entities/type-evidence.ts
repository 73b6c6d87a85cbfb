/**
 * Decides the type of one name candidate from the evidence around it, strongest first:
 * nationality words, the country gazetteer, a title, organisation/place head words, the
 * first-name lexicon, compromise's own tags, the city gazetteer, the acronym shape, the
 * words around it, and last a shape-based default. Each decision carries its evidence labels
 * and whether it is strong enough to out-vote other mentions of the same name.
 */
import type { EntityType } from '../../model.ts';
import type { Token } from '../nlp.ts';
import { baseText, type Candidate, cueForm, isAcronym } from './candidates.ts';
import {
  AGENT_VERBS,
  COMPASS_WORDS,
  NAME_SUFFIXES,
  ORGANIZATION_HEADS,
  ORGANIZATION_OPENERS,
  PLACE_HEADS,
  PLACE_OPENERS,
  PLACE_PREPOSITIONS,
} from './cue-words.ts';
import { countryOf, demonymOf, isKnownCity } from './gazetteer.ts';

export interface TypeDecision {
  readonly type: EntityType;
  readonly evidence: readonly string[];
  /** Strong evidence (gazetteer, cue word, title, lexicon) wins the per-article vote. */
  readonly strong: boolean;
  /** For a nationality word: the country's common name. */
  readonly country?: string;
}

/** Which of compromise's own entity spans overlap the candidate. */
export interface CompromiseHits {
  readonly person: boolean;
  readonly place: boolean;
  readonly organization: boolean;
}

const NO_HITS: CompromiseHits = { person: false, place: false, organization: false };

const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/** Returns the candidate's type, or null when it is no actor (a lone adjective). */
export function decideType(
  tokens: readonly Token[],
  candidate: Candidate,
  nameText: string,
  hits: CompromiseHits = NO_HITS,
): TypeDecision | null {
  const nameTokens = tokens.slice(candidate.first, candidate.last + 1);
  const forms = nameTokens.map(cueForm);
  const single = nameTokens.length === 1;
  const firstToken = nameTokens[0]!;
  const headIndex = NAME_SUFFIXES.has(forms.at(-1)!) && forms.length > 1 ? forms.length - 2 : forms.length - 1;
  const head = forms[headIndex]!;
  const has = (tag: string): boolean => nameTokens.some((t) => t.tags.includes(tag));

  const demonym = demonymOf(nameText);
  if (demonym) {
    const next = tokens[candidate.last + 1];
    const modifies = !demonym.plural && next !== undefined && /^\s+$/.test(tokens[candidate.last]!.post) && isCommonNounOrAdjective(next);
    const label = demonym.plural ? 'demonym:plural' : modifies ? 'demonym:adjective' : 'demonym:noun';
    return { type: 'group', evidence: [label], strong: true, country: demonym.country };
  }
  const country = countryOf(nameText);
  if (country) return { type: 'place', evidence: [`gazetteer:country`], strong: true };

  if (candidate.title !== undefined) {
    return { type: 'person', evidence: [`title:${candidate.title}`], strong: true };
  }

  const ofIndex = forms.findIndex((f, k) => k > 0 && ['of', 'for', 'on', 'de', 'du', 'des'].includes(f));
  const opener = ofIndex > 0 ? forms[ofIndex - 1]! : undefined;
  if (opener && ORGANIZATION_OPENERS.has(opener)) return cue('organization', nameTokens[ofIndex - 1]!);
  if (opener && PLACE_OPENERS.has(opener)) return cue('place', nameTokens[ofIndex - 1]!);
  if (COMPASS_WORDS.has(forms[0]!) && forms.length === 2 && (head === 'bank' || head === 'coast')) {
    return { type: 'place', evidence: ['cue:compass'], strong: true };
  }
  if (ORGANIZATION_HEADS.has(head) && !single) return cue('organization', nameTokens[headIndex]!);
  if (PLACE_HEADS.has(head) && !single) return cue('place', nameTokens[headIndex]!);
  if (COMPASS_WORDS.has(forms[0]!) && !single) return { type: 'place', evidence: ['cue:compass'], strong: true };

  if (!single && FIRST_NAME_TAGS.some((tag) => firstToken.tags.includes(tag)) && !isAcronym(firstToken)) {
    return { type: 'person', evidence: ['lexicon:FirstName'], strong: true };
  }
  if (hits.person && !single) return { type: 'person', evidence: ['compromise:Person'], strong: true };
  if (single && ORGANIZATION_HEADS.has(head) && firstToken.tags.includes('ProperNoun')) {
    // A lone "Pentagon" / "Congress": the head word itself is the name.
    return cue('organization', firstToken);
  }
  if (hits.organization || has('Organization')) return { type: 'organization', evidence: ['compromise:Organization'], strong: true };
  if (hits.place || has('Place') || has('City') || has('Country') || has('Region')) {
    return { type: 'place', evidence: ['compromise:Place'], strong: true };
  }
  if (isKnownCity(nameText)) return { type: 'place', evidence: ['gazetteer:city'], strong: true };
  if (single && (has('LastName') || has('Person'))) return { type: 'person', evidence: ['lexicon:Person'], strong: false };
  if (single && isAcronym(firstToken)) return { type: 'organization', evidence: ['shape:acronym'], strong: false };

  const before = tokens[(candidate.titleFirst ?? candidate.first) - 1];
  if (before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && !hits.person) {
    return { type: 'place', evidence: [`context:${before.text.toLowerCase()}`], strong: false };
  }
  if (single && isBareAdjective(firstToken)) return null;
  const after = tokens[candidate.last + 1];
  if (!single) return { type: 'person', evidence: ['shape:multiword'], strong: false };
  if (after && AGENT_VERBS.has(after.text.toLowerCase())) {
    return { type: 'organization', evidence: ['context:agent'], strong: false };
  }
  if (/s$/.test(baseText(firstToken)) && firstToken.tags.includes('Plural')) {
    return { type: 'group', evidence: ['shape:plural'], strong: false };
  }
  return { type: 'organization', evidence: ['shape:single'], strong: false };
}

function cue(type: EntityType, token: Token): TypeDecision {
  return { type, evidence: [`cue:${baseText(token)}`], strong: true };
}

function isCommonNounOrAdjective(token: Token): boolean {
  if (/^\p{Lu}/u.test(token.text) && !token.tags.includes('Demonym')) return token.tags.includes('Noun') && !token.tags.includes('ProperNoun');
  return token.tags.includes('Noun') || token.tags.includes('Adjective') || token.tags.includes('Gerund');
}

/** A capitalised adjective with no proper-noun reading ("Islamic", "Western"). */
function isBareAdjective(token: Token): boolean {
  return token.tags.includes('Adjective') && !token.tags.includes('ProperNoun') && !token.tags.includes('Noun');
}
