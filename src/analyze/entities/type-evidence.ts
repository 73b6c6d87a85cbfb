/**
 * Decides the type of one name candidate from the evidence around it, strongest first:
 * nationality words, the country gazetteer, a title, organisation/place head words, the
 * first-name lexicon, compromise's own tags, the city gazetteer, the acronym shape, the
 * words around it, and last a shape-based default. Each decision carries its evidence labels
 * and whether it is strong enough to out-vote other mentions of the same name.
 */
import type { EntityType } from '../../model.ts';
import type { Token } from '../nlp.ts';
import { baseText, type Candidate, cueForm, isAcronym, isGivenNameTail } from './candidates.ts';
import {
  AGENT_VERBS,
  COMPASS_WORDS,
  INSTITUTION_ROLE_NOUNS,
  NAME_SUFFIXES,
  NON_ACTOR_OPENERS,
  ORGANIZATION_FIRST_WORDS,
  ORGANIZATION_HEADS,
  ORGANIZATION_MODIFIERS,
  ORGANIZATION_OPENERS,
  PERSON_APPOSITION_NOUNS,
  PLACE_APPOSITION_NOUNS,
  PLACE_HEADS,
  PLACE_NOUNS,
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

/** Prepositions that put a following unknown name in a place, even against compromise's guess. */
/** Saying verbs that come before their subject in attributions ("…, said Smith"). */
const INVERTED_SAYING_VERBS = new Set(['said', 'says', 'added', 'wrote']);
const STRONG_PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'outside', 'inside', 'throughout', 'into']);

/** Plural endings of names for peoples and factions ("-is", "-ites", "-ians", "-ists"). */
const PEOPLE_PLURAL = /\p{Ll}(?:is|ites|ians|ists)$/u;

/** Organisation head words that are a name on their own. */
const STANDALONE_INSTITUTIONS = new Set(['pentagon', 'kremlin', 'congress', 'parliament', 'senate', 'treasury', 'interpol', 'europol', 'marines']);

/** First words of place names ("Fort X", "San X"). */
const PLACE_OPENING_WORDS = new Set(['fort', 'port', 'mount', 'mt', 'lake', 'cape', 'san', 'santa', 'los', 'las', 'saint', 'st', 'sao', 'rio']);
/** First words that no personal name starts with; an unknown name opening so is an organisation. */
const NON_PERSON_OPENERS = new Set(['new', 'old', 'great', 'little', 'big', 'al', 'el', 'global', 'world', 'first', 'royal', 'grand']);

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
  // "Kenneth X Jr." and "Camp 5" keep their head word before the suffix or number.
  const suffixed = forms.length > 1 && (NAME_SUFFIXES.has(forms.at(-1)!) || /^\d+$/.test(forms.at(-1)!));
  const headIndex = suffixed ? forms.length - 2 : forms.length - 1;
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
  // "Hurricane X", "Typhoon X": named, but no actor.
  if (!single && NON_ACTOR_OPENERS.has(forms[0]!)) return null;
  // "Australian Open", "Davis Cup", "Asian Games": a competition or festival, no actor.
  if (!single && EVENT_HEADS.has(head) && !ORGANIZATION_HEADS.has(forms[0]!)) return null;
  // "the Affordable Housing Act", "the Paris Accord": a law or treaty, no actor.
  if (!single && LAW_HEADS.has(head) && !ORGANIZATION_HEADS.has(forms[0]!)) return null;
  const apposed = appositionBefore(tokens, candidate.titleFirst ?? candidate.first);
  if (apposed) return apposed;
  if (!single && ORGANIZATION_FIRST_WORDS.has(forms[0]!)) return cue('organization', firstToken);

  const ofIndex = forms.findIndex((f, k) => k > 0 && ['of', 'for', 'on', 'de', 'du', 'des', 'in'].includes(f));
  const opener = ofIndex > 0 ? forms[ofIndex - 1]! : undefined;
  if (opener && ORGANIZATION_OPENERS.has(opener)) return cue('organization', nameTokens[ofIndex - 1]!);
  if (opener && PLACE_OPENERS.has(opener)) return cue('place', nameTokens[ofIndex - 1]!);
  // "West Bank", "East Coast"; a "Central Bank" is a bank.
  if (COMPASS_WORDS.has(forms[0]!) && forms[0] !== 'central' && forms.length === 2 && (head === 'bank' || head === 'coast')) {
    return { type: 'place', evidence: ['cue:compass'], strong: true };
  }
  if (ORGANIZATION_HEADS.has(head) && !single) return cue('organization', nameTokens[headIndex]!);
  if (PLACE_HEADS.has(head) && !single) return cue('place', nameTokens[headIndex]!);
  if (COMPASS_WORDS.has(forms[0]!) && !single) return { type: 'place', evidence: ['cue:compass'], strong: true };
  // "east of X", "on the outskirts of X": a direction from somewhere is a place.
  if (isDirectionOf(tokens, candidate.first)) return { type: 'place', evidence: ['context:direction-of'], strong: true };

  if (!single && ORGANIZATION_MODIFIERS.has(forms[0]!) && !PLACE_HEADS.has(head)) {
    return { type: 'organization', evidence: [`cue:${baseText(firstToken)}`], strong: true };
  }
  if (single && isFollowedByRegion(tokens, candidate.last)) {
    return { type: 'place', evidence: ['context:place-comma-region'], strong: true };
  }
  const before = tokens[(candidate.titleFirst ?? candidate.first) - 1];
  // "in Samar and Leyte": the second of two coordinated names shares the first one's preposition.
  const coordinated = candidate.titleFirst === undefined ? prepositionBeforeCoordination(tokens, candidate.first) : undefined;
  const placeContext = (before !== undefined && STRONG_PLACE_PREPOSITIONS.has(before.text.toLowerCase())) || (coordinated !== undefined && STRONG_PLACE_PREPOSITIONS.has(coordinated));
  const firstNameStart = FIRST_NAME_TAGS.some((tag) => firstToken.tags.includes(tag)) && !isAcronym(firstToken);
  if (placeContext && !firstNameStart && !hits.organization && !has('Organization')) {
    return { type: 'place', evidence: [`context:${coordinated ?? before!.text.toLowerCase()}`], strong: false };
  }
  // "Leyte Governor X", "Kharkiv Mayor X": the territory a local office governs.
  if (single && !hits.organization && !has('Organization') && isLocalOfficeTitle(tokens[candidate.last + 1], tokens[candidate.last]!)) {
    return { type: 'place', evidence: ['context:local-office'], strong: true };
  }
  const kind = tokens[candidate.first - 1];
  // "the militia X", "the groups X and Y": a kind noun right before the name.
  if (kind && kind.text === kind.text.toLowerCase() && ORGANIZATION_NOUNS.has(kind.text) && /^\s+$/.test(kind.post)) {
    return { type: 'organization', evidence: [`context:${kind.text}`], strong: true };
  }
  const described = describedAs(tokens, candidate.last);
  if (described) return { type: described.type, evidence: [`context:${described.cue}`], strong: true };
  // "Kim Soo-jin", "Park Ji-hoon": a given name of two hyphen-joined syllables.
  if (!single && isGivenNameTail(tokens, candidate.last)) return { type: 'person', evidence: ['shape:hyphenated-given-name'], strong: true };
  if (!single && firstNameStart) {
    return { type: 'person', evidence: ['lexicon:FirstName'], strong: true };
  }
  // "Shares of X Y rose", "X Y gained 2 percent": a traded company, whatever its words look like.
  if (!single && movesInPercent(tokens, candidate.last)) return { type: 'organization', evidence: ['context:price-move'], strong: true };
  if (!single && previousWord(tokens, candidate.first) === 'of' && COMPANY_ROLE_NOUNS.has(previousWord(tokens, candidate.first - 1) ?? '')) {
    return { type: 'organization', evidence: ['context:institution-role'], strong: true };
  }
  // compromise's person guess on unknown words is no stronger than a place preposition or an
  // apposition elsewhere in the article ("in X Y", "the city, X Y"), so it does not out-vote them.
  if (hits.person && !single) return { type: 'person', evidence: ['compromise:Person'], strong: false };
  if (single && ORGANIZATION_HEADS.has(head)) {
    // A lone "Pentagon" / "Congress" names an institution; a lone "News" or "Council" does not.
    return STANDALONE_INSTITUTIONS.has(head) ? cue('organization', firstToken) : null;
  }
  if (hits.organization || has('Organization')) return { type: 'organization', evidence: ['compromise:Organization'], strong: true };
  if (hits.place || has('Place') || has('City') || has('Country') || has('Region')) {
    return { type: 'place', evidence: ['compromise:Place'], strong: true };
  }
  if (isKnownCity(nameText)) return { type: 'place', evidence: ['gazetteer:city'], strong: true };
  // "Vantora employees", "Greenpeace activists": people who belong to X make X an organisation.
  const member = tokens[candidate.last + 1];
  if (single && member && /^\s+$/.test(tokens[candidate.last]!.post) && MEMBER_NOUNS.has(member.text)) {
    return { type: 'organization', evidence: [`context:${member.text}`], strong: true };
  }
  if (single && (has('LastName') || has('Person'))) return { type: 'person', evidence: ['lexicon:Person'], strong: false };
  if (single && isAcronym(firstToken)) return { type: 'organization', evidence: ['shape:acronym'], strong: false };

  // "in the X", "across the X": a lone unknown after a place preposition and "the".
  const beforeThe = before?.text.toLowerCase() === 'the' ? tokens[candidate.first - 2]?.text.toLowerCase() : undefined;
  if (single && beforeThe !== undefined && (STRONG_PLACE_PREPOSITIONS.has(beforeThe) || beforeThe === 'around') && !hits.person) {
    return { type: 'place', evidence: [`context:${beforeThe}-the`], strong: false };
  }
  // "economists at X", "a spokeswoman for X": the role says X is an institution, not a place.
  if (single && isOwnedBy(tokens, candidate.first)) return { type: 'organization', evidence: ['context:institution-role'], strong: false };
  if (before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && !hits.person) {
    return { type: 'place', evidence: [`context:${before.text.toLowerCase()}`], strong: false };
  }
  if (single && isBareAdjective(firstToken)) return null;
  const after = tokens[candidate.last + 1];
  // Personal names open with a given name, never with "Fort", "New" or an Arabic article.
  if (!single && PLACE_OPENING_WORDS.has(forms[0]!)) return { type: 'place', evidence: [`cue:${baseText(firstToken)}`], strong: false };
  // "the X Y" is an institution, a body or a place far more often than a person.
  if (!single && previousWord(tokens, candidate.first) === 'the') return { type: 'organization', evidence: ['context:the'], strong: false };
  if (!single && !NON_PERSON_OPENERS.has(forms[0]!)) return { type: 'person', evidence: ['shape:multiword'], strong: false };
  // "X said" / "said X": a lone unknown word that speaks is far more often a surname than an
  // organisation (organisations compromise knows were typed above).
  // Only "said X" inverts the order: "told X" names the listener, often a news agency.
  const previous = tokens[candidate.first - 1];
  if (single && (movesInPercent(tokens, candidate.last) || speaksOfItself(tokens, candidate.last))) {
    return { type: 'organization', evidence: ['context:company-subject'], strong: false };
  }
  const speaks = (after && AGENT_VERBS.has(after.normal)) || (previous && INVERTED_SAYING_VERBS.has(previous.normal));
  if (single && speaks && !firstToken.tags.includes('Plural')) {
    return { type: 'person', evidence: ['context:speaker'], strong: false };
  }
  // "Arabic-language", "Sunni-majority": an unknown word hyphen-joined to a lower-case word modifies it.
  if (single && /^-$/.test(firstToken.post) && /^\p{Ll}/u.test(tokens[candidate.last + 1]?.text ?? '')) return null;
  if (PEOPLE_PLURAL.test(baseText(firstToken)) || firstToken.tags.includes('Plural')) {
    return { type: 'group', evidence: ['shape:plural'], strong: false };
  }
  return { type: 'organization', evidence: ['shape:single'], strong: false };
}

/** Lower-case plural nouns for the people of an organisation ("X employees"). */
const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'employees', 'workers', 'staff', 'staffers', 'activists', 'members', 'executives', 'shareholders', 'volunteers', 'engineers',
]);

/** Last words of named competitions and festivals (CoNLL files them as miscellaneous). */
const EVENT_HEADS: ReadonlySet<string> = new Set([
  'open', 'cup', 'games', 'olympics', 'olympiad', 'championship', 'championships', 'prix', 'marathon', 'masters', 'festival', 'expo', 'biennale',
]);

/** Last words of named laws and treaties ("the Clean Air Act", "First Amendment"): no actor. */
const LAW_HEADS: ReadonlySet<string> = new Set(['act', 'amendment', 'treaty', 'accord', 'accords', 'protocol']);

/** Verbs of a share price's move ("X rose 3 percent"): only a listed company moves so. */
const PRICE_MOVE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'fell', 'gained', 'lost', 'jumped', 'climbed', 'slid', 'slumped', 'dropped', 'tumbled', 'surged', 'soared', 'sank', 'plunged', 'advanced', 'declined', 'eased',
]);

/** "X rose 3 percent", "X fell 1.2%": the name is a traded company. */
function movesInPercent(tokens: readonly Token[], last: number): boolean {
  const verb = tokens[last + 1];
  if (!verb || !/^\s+$/.test(tokens[last]!.post) || !PRICE_MOVE_VERBS.has(verb.text.toLowerCase())) return false;
  const amount = tokens[last + 2];
  if (!amount || !/^\d/.test(amount.text)) return false;
  if (/%$/.test(amount.text) || /%/.test(amount.post)) return true;
  return /^(?:percent|pct|per)$/i.test(tokens[last + 3]?.text ?? '');
}

/** "X said on Monday its profit …": the saying subject owns "its", so X is an organisation. */
function speaksOfItself(tokens: readonly Token[], last: number): boolean {
  const verb = tokens[last + 1];
  if (!verb || !/^(?:said|says)$/.test(verb.text)) return false;
  for (let k = last + 2; k < Math.min(tokens.length, last + 6); k++) {
    const t = tokens[k]!;
    if (t.text === 'its') return true;
    const weekday = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(t.text);
    if (/[.;:!?"“”]/.test(tokens[k - 1]!.post) || (/^\p{Lu}/u.test(t.text) && !weekday)) return false;
  }
  return false;
}

/** Role nouns that make even a multi-word name after "of"/"at" a company ("shares of X Y"). */
const COMPANY_ROLE_NOUNS: ReadonlySet<string> = new Set(['shares', 'stock', 'employees', 'shareholders', 'subsidiary', 'executives']);

/** Lower-case nouns that say what kind of actor the name before them is ("the X militia"). */
const ORGANIZATION_NOUNS = new Set([
  'group', 'groups', 'militia', 'movement', 'organisation', 'organization', 'party', 'faction', 'network',
  'company', 'firm', 'agency', 'brigade', 'brigades', 'alliance', 'coalition', 'outfit', 'newspaper',
  'broadcaster', 'channel', 'bank', 'club', 'union', 'charity', 'ministry', 'institute', 'think-tank',
  'force', 'groups', 'militias', 'parties', 'companies', 'firms',
]);
const PERSON_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'leader', 'commander', 'president', 'minister',
  'analyst', 'professor', 'lawyer', 'soldier', 'journalist', 'reporter', 'ambassador', 'envoy', 'chief',
  'director', 'founder', 'senator', 'general', 'colonel', 'resident', 'son', 'daughter', 'wife', 'husband',
  'father', 'mother', 'brother', 'sister', 'member', 'researcher', 'fellow', 'diplomat', 'adviser', 'advisor',
]);
const APPOSITIVE_FILLERS = /^[\p{Ll}-]+$/u;

/**
 * What the text itself says the name is: a following lower-case kind noun ("the X militia",
 * "X group") or an appositive ("X, a pro-government militia", "X, a senior official").
 */
function describedAs(tokens: readonly Token[], last: number): { type: EntityType; cue: string } | null {
  const here = tokens[last];
  const next = tokens[last + 1];
  if (!here || !next) return null;
  const word = next.text.toLowerCase();
  if (/^\s+$/.test(here.post) && next.text === word && ORGANIZATION_NOUNS.has(word)) return { type: 'organization', cue: word };
  if (/^\s+$/.test(here.post) && next.text === word && PLACE_NOUNS.has(word)) return { type: 'place', cue: word };
  // "the X and Y districts", "the X and Y groups": a plural kind noun after two coordinated names.
  const other = tokens[last + 2];
  const plural = tokens[last + 3];
  if (word === 'and' && /^\s+$/.test(here.post) && other && /^\p{Lu}/u.test(other.text) && /^\s+$/.test(other.post) && plural && /s$/.test(plural.text)) {
    if (PLACE_NOUNS.has(plural.text)) return { type: 'place', cue: plural.text };
    if (ORGANIZATION_NOUNS.has(plural.text)) return { type: 'organization', cue: plural.text };
  }
  if (!/^,\s*$/.test(here.post) || !['a', 'an', 'the'].includes(word)) return null;
  // The appositive's head is its last noun: "a pro-government militia", "the group leader".
  let found: { type: EntityType; cue: string } | null = null;
  for (let k = last + 2; k < Math.min(tokens.length, last + 7); k++) {
    const t = tokens[k]!;
    const w = t.text.toLowerCase();
    const hyphenated = t.text.includes('-') || /-$/.test(tokens[k - 1]?.post ?? '');
    if (t.text !== w && !hyphenated && !t.tags.includes('Demonym')) break;
    if (ORGANIZATION_NOUNS.has(w)) found = { type: 'organization', cue: `appositive:${w}` };
    else if (PERSON_NOUNS.has(w)) found = { type: 'person', cue: `appositive:${w}` };
    else if (t.text === w && !APPOSITIVE_FILLERS.test(w)) break;
    if (/[,.;:!?()]/.test(t.post)) break;
  }
  return found;
}

/** Titles of offices that govern a territory, capitalised before the holder's name. */
const LOCAL_OFFICES: ReadonlySet<string> = new Set(['governor', 'gov', 'mayor', 'premier', 'sheriff']);

function isLocalOfficeTitle(next: Token | undefined, here: Token): boolean {
  return next !== undefined && /^\s+$/.test(here.post) && /^\p{Lu}/u.test(next.text) && LOCAL_OFFICES.has(cueForm(next));
}

/**
 * The preposition before "<Name> and" / "<Name>, <Name> and" ending right before token `first`
 * ("in Samar and Leyte" → "in"), or undefined.
 */
function prepositionBeforeCoordination(tokens: readonly Token[], first: number): string | undefined {
  const conj = tokens[first - 1];
  let k = first - 2;
  if (!conj || !/^(?:and|or)$/.test(conj.text) || !/^\s+$/.test(conj.post)) return undefined;
  let words = 0;
  while (k >= 0 && /^\p{Lu}/u.test(tokens[k]!.text) && words < 3) {
    k--;
    words++;
  }
  if (words === 0 || k < 0) return undefined;
  const word = tokens[k]!.text.toLowerCase();
  return word === 'the' ? tokens[k - 1]?.text.toLowerCase() : word;
}

/** "X, <region or country>": X is a town ("Springfield, Ohio"). */
function isFollowedByRegion(tokens: readonly Token[], last: number): boolean {
  const here = tokens[last];
  const next = tokens[last + 1];
  if (!here || !next || !/^,\s*$/.test(here.post)) return false;
  // "the freighter M/V KOI, US Central Command said": a short code is no town.
  if (isAcronym(here) && baseText(here).replace(/\./g, '').length <= 3) return false;
  if (countryOf(baseText(next)) !== undefined) return true;
  return next.tags.includes('Region') || next.tags.includes('Country');
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

/** The lower-cased word before token i, if any. */
function previousWord(tokens: readonly Token[], i: number): string | undefined {
  return tokens[i - 1]?.text.toLowerCase();
}

/**
 * An appositive after a role or a kind of place: "its spokesman, X," → person; "the southern
 * city, X" → place. Only a comma may stand between the noun and the name.
 */
function appositionBefore(tokens: readonly Token[], first: number): TypeDecision | null {
  const noun = tokens[first - 1];
  if (!noun || !/^,\s*$/.test(noun.post) || noun.text !== noun.text.toLowerCase()) return null;
  if (PERSON_APPOSITION_NOUNS.has(noun.text)) return { type: 'person', evidence: [`context:apposition:${noun.text}`], strong: true };
  if (PLACE_APPOSITION_NOUNS.has(noun.text)) return { type: 'place', evidence: [`context:apposition:${noun.text}`], strong: true };
  return null;
}

/** "east of X", "north-west of X", "the outskirts of X". */
function isDirectionOf(tokens: readonly Token[], first: number): boolean {
  if (previousWord(tokens, first) !== 'of') return false;
  const word = tokens[first - 2]?.text.toLowerCase().replace(/^.*-/, '');
  return word !== undefined && (COMPASS_WORDS.has(word) || word === 'outskirts');
}

/** "a spokeswoman for X", "shares of X", "employees at X": X owns the role, so it is an organisation. */
function isOwnedBy(tokens: readonly Token[], first: number): boolean {
  const preposition = previousWord(tokens, first);
  if (preposition !== 'for' && preposition !== 'of' && preposition !== 'at') return false;
  const role = tokens[first - 2];
  // The role may open the sentence ("Analysts at X expect …").
  return role !== undefined && (role.text === role.text.toLowerCase() || first === 2) && INSTITUTION_ROLE_NOUNS.has(role.text.toLowerCase());
}
