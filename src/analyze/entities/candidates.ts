/**
 * Proper-name candidates in one sentence: runs of capitalised words, acronyms and inner
 * particles ("Ministry of Defence", "Abu Bakr al-Baghdadi"), with a leading title phrase
 * split off as evidence ("Defence Minister" | "Yoav X") and a possessive 's cut from the span.
 * No typing happens here; see `type-evidence.ts`.
 */
import type { Token } from '../nlp.ts';
import {
  CALENDAR_WORDS,
  HYPHEN_COMPOUND_TAILS,
  HYPHEN_ONLY_PARTICLES,
  INNER_CONNECTORS,
  NAME_PARTICLES,
  NEVER_NAMES,
  NUMBERED_HEADS,
  ORGANIZATION_HEADS,
  ORGANIZATION_MODIFIERS,
  ORGANIZATION_OPENERS,
  PLACE_OPENERS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './cue-words.ts';
import { countryOf, demonymOf, isKnownCity } from './gazetteer.ts';

export interface Candidate {
  /** Index of the first and last (inclusive) token of the name in the sentence. */
  readonly first: number;
  readonly last: number;
  /** Character span of the name (possessive 's excluded). */
  readonly start: number;
  readonly end: number;
  /** Title phrase before the name ("Prime Minister", "Mr."), when there is one. */
  readonly title?: string;
  /** Index of the first token of the title phrase, when there is one. */
  readonly titleFirst?: number;
  /** The name ended in a possessive ('s / ’s) that was cut from the span. */
  readonly possessive: boolean;
  /** The first token opens the sentence (or a quotation / a clause after a colon). */
  readonly initial: boolean;
}

type Glue = 'space' | 'hyphen' | 'break';

const POSSESSIVE = /['’]s$/;
const ACRONYM = /^(?:\p{Lu}\.){2,6}$|^\p{Lu}{2,6}s?$|^\p{Lu}\.?\p{Lu}\.?$/u;
const CONNECTORS_AFTER_OPENERS = new Set(['of', 'for', 'on', 'de', 'du', 'des']);
/** Organisation heads that take "in <place>" inside their name ("… Resistance in X"). */
const IN_TAKERS = new Set(['resistance', 'front', 'movement', 'church', 'party', 'qaeda', 'qaida', 'commerce']);

/** The token's text without a possessive ending. */
export function baseText(token: Token): string {
  return token.text.replace(POSSESSIVE, '');
}

/** Lower-cased text without dots or possessive: the form looked up in cue lists. */
export function cueForm(token: Token): string {
  return baseText(token).toLowerCase().replace(/\./g, '');
}

export function isAcronym(token: Token): boolean {
  const base = baseText(token);
  return ACRONYM.test(base) && !/^[IVXLC]+$/.test(base.replace(/\./g, '')) && base !== 'I';
}

export function isCapitalised(token: Token): boolean {
  // Slashes, digits and contractions ("I’m") rule a token out of names.
  return /^['’]?\p{Lu}[\p{L}\p{M}'’.‐-]*$/u.test(token.text) && !/['’](?:m|re|ve|ll|d)$/i.test(token.text);
}

function isParticle(token: Token): boolean {
  return NAME_PARTICLES.has(token.text.toLowerCase());
}

/** Institutions whose name also opens titles ("Treasury Secretary"). */
const INSTITUTION_TITLE_WORDS: ReadonlySet<string> = new Set(['treasury', 'senate', 'congress', 'parliament', 'pentagon']);

/** "the Treasury said": a lone institution word after "the", with no name following. */
function isBareInstitution(tokens: readonly Token[], a: number, b: number): boolean {
  const next = tokens[b + 1];
  return a === b && INSTITUTION_TITLE_WORDS.has(cueForm(tokens[a]!)) && tokens[a - 1]?.text.toLowerCase() === 'the' && !(next && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(tokens[b]!.post));
}

function isTitleWord(token: Token): boolean {
  const form = cueForm(token);
  return TITLE_HEADS.has(form) || TITLE_MODIFIERS.has(form);
}

/** Words that can never be (part of) a name, whatever their case. */
export function isBlocked(token: Token): boolean {
  const form = cueForm(token);
  if (NEVER_NAMES.has(form) || CALENDAR_WORDS.has(form)) return true;
  if (/^\d/.test(token.text)) return true;
  const tags = token.tags;
  const proper = tags.includes('ProperNoun') || tags.includes('Person') || tags.includes('Place') || tags.includes('Organization');
  const functionWord = ['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'QuestionWord', 'Modal', 'Copula', 'Auxiliary', 'Expression', 'Negative'];
  return !proper && functionWord.some((t) => tags.includes(t));
}

/** How token i is joined to token i + 1. */
function glue(tokens: readonly Token[], i: number): Glue {
  const here = tokens[i];
  const next = tokens[i + 1];
  if (!here || !next) return 'break';
  const between = here.post + next.pre;
  if (/^\s*$/.test(between) && between.length > 0) return 'space';
  if (between === '-' || between === '‐') return 'hyphen';
  if (between === '') return 'space';
  // "Metal Workers' Union", "Farmers' Party": a plural possessive inside an organisation's name.
  if (/^['’]\s+$/.test(between) && /s$/.test(here.text) && isCapitalised(here) && ORGANIZATION_HEADS.has(cueForm(next))) return 'space';
  // A full stop after an initial, a title abbreviation or "St" does not end the name.
  if (/^\.\s+$/.test(between)) {
    const form = cueForm(here);
    if (/^\p{Lu}$/u.test(here.text) || TITLE_HEADS.has(form) || TITLE_MODIFIERS.has(form) || form === 'st' || form === 'mt') {
      return 'space';
    }
  }
  return 'break';
}

/**
 * Token i is the lower-case half of a hyphenated given name ("Soo-jin", "Ji-hoon"): two short
 * syllables, the first capitalised, and not an everyday compound ("Iran-led", "Bush-era").
 */
export function isGivenNameTail(tokens: readonly Token[], i: number): boolean {
  const tail = tokens[i];
  const head = tokens[i - 1];
  if (!tail || !head || glue(tokens, i - 1) !== 'hyphen') return false;
  return /^\p{Lu}\p{Ll}{0,3}$/u.test(head.text) && /^\p{Ll}{2,4}$/u.test(tail.text) && !HYPHEN_COMPOUND_TAILS.has(tail.text);
}

/**
 * An all-caps word that is also a function word ("WHO") is an acronym in running text; it is
 * shouting only when the words around it are in capitals too.
 */
function isCapsAcronym(tokens: readonly Token[], i: number): boolean {
  const caps = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}{2,}$/u.test(t.text);
  return /^\p{Lu}{3,5}$/u.test(tokens[i]?.text ?? '') && !caps(tokens[i - 1]) && !caps(tokens[i + 1]);
}

function canOpen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isCapitalised(t) || isAcronym(t)) return true;
  // "al-Rashidi": a lower-case particle glued to a capitalised word opens a name.
  return isParticle(t) && glue(tokens, i) === 'hyphen' && isCapitalised(tokens[i + 1] ?? t);
}

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && (isCapitalised(token) || isAcronym(token));
}

/** Extends a run from token `first`; returns the last token index (inclusive). */
function extendRun(tokens: readonly Token[], first: number): number {
  let last = first;
  let sawOf = false;
  for (;;) {
    if (glue(tokens, last) === 'break') {
      if (!isQuotedNickname(tokens, last)) return last;
      last += 2;
      continue;
    }
    const next = tokens[last + 1];
    if (!next) return last;
    // A possessive ends the name: "Iran's Revolutionary Guards" is two names.
    if (POSSESSIVE.test(tokens[last]!.text)) return last;
    if (/^\d{1,4}$/.test(next.text) && NUMBERED_HEADS.has(cueForm(tokens[last]!))) {
      last += 1;
      return last;
    }
    if (isNameWord(next) || isGivenNameTail(tokens, last + 1)) {
      last += 1;
      continue;
    }
    const lower = next.text.toLowerCase();
    const after = tokens[last + 2];
    const joinedOnward = glue(tokens, last + 1) !== 'break';
    if (isParticle(next) && joinedOnward && isNameWord(after)) {
      if (HYPHEN_ONLY_PARTICLES.has(lower) && glue(tokens, last + 1) !== 'hyphen') return last;
      last += 2;
      continue;
    }
    // "de la Vega", "van der Berg", "de los Santos": two particles in a row.
    const third = tokens[last + 3];
    if (isParticle(next) && after && isParticle(after) && joinedOnward && glue(tokens, last + 2) !== 'break' && isNameWord(third) && !isHyphenOnly(tokens, last + 1) && !isHyphenOnly(tokens, last + 2)) {
      last += 3;
      continue;
    }
    if (INNER_CONNECTORS.has(lower) && joinedOnward && connectorAllowed(tokens, first, last, lower, sawOf)) {
      // "of the X": skip the article too.
      // "X and the Y" joins two names ("the Commission on Human Rights and the Department of Justice").
      if ((lower === 'and' || lower === '&') && after?.text.toLowerCase() === 'the') return last;
      const skip = after?.text.toLowerCase() === 'the' && glue(tokens, last + 2) !== 'break' ? 1 : 0;
      const target = tokens[last + 2 + skip];
      if (isNameWord(target) && !isBlocked(target ?? next)) {
        if (lower !== 'and' && lower !== '&' && ORGANIZATION_OPENERS.has(cueForm(tokens[last]!))) sawOf = true;
        last += 2 + skip;
        continue;
      }
    }
    return last;
  }
}

/** A hyphen-only particle ("as", "e") that is not hyphen-glued to the next word. */
function isHyphenOnly(tokens: readonly Token[], i: number): boolean {
  return HYPHEN_ONLY_PARTICLES.has(tokens[i]!.text.toLowerCase()) && glue(tokens, i) !== 'hyphen';
}

/** A quoted nickname between two parts of a personal name: Kenneth “Frank” Smith. */
function isQuotedNickname(tokens: readonly Token[], last: number): boolean {
  const here = tokens[last];
  const nick = tokens[last + 1];
  const after = tokens[last + 2];
  if (!here || !nick || !after || !isCapitalised(here) || !isCapitalised(nick) || !isCapitalised(after)) return false;
  return /^\s*["“]$/.test(here.post + nick.pre) && /^["”]\s+$/.test(nick.post + after.pre);
}

/**
 * "the Securities and Exchange Board of India", "the National Disaster Risk Reduction and
 * Management Council": after "the", an "and" between capitalised words stays inside one name
 * when the words after it end in an organisation head. Without "the" ("Google and Samsung
 * Electronics") the "and" joins two names.
 */
function headedAfterAnd(tokens: readonly Token[], first: number, last: number): boolean {
  const the = (t: Token | undefined): boolean => t?.text.toLowerCase() === 'the';
  if (!(the(tokens[first - 1]) || the(tokens[first])) || POSSESSIVE.test(tokens[last]!.text)) return false;
  // "the United States and China Development Bank": a country or city alone before "and" is a
  // name of its own; one that opens a longer name is not ("the Kenya Competition and Consumer
  // Authority"), nor is a nationality word ("the Australian Competition and Consumer Commission").
  const before = tokens.slice(first, last + 1).filter((t) => !the(t));
  const place = (t: Token): boolean => countryOf(baseText(t)) !== undefined || isKnownCity(baseText(t));
  if ((before.length === 1 && place(before[0]!)) || countryOf(before.map((t) => t.text).join(' ')) !== undefined) return false;
  const capitalised = (t: Token | undefined): boolean => t !== undefined && isCapitalised(t);
  let k = last + 2;
  while (capitalised(tokens[k]) && glue(tokens, k) === 'space' && capitalised(tokens[k + 1]) && k - last < 6) k++;
  const end = tokens[k];
  return end !== undefined && k > last + 2 && isCapitalised(end) && !POSSESSIVE.test(end.text) && ORGANIZATION_HEADS.has(cueForm(end));
}

/** Whether a lower-case connector may continue the run first..last. */
function connectorAllowed(tokens: readonly Token[], first: number, last: number, connector: string, sawOf: boolean): boolean {
  const head = cueForm(tokens[last] ?? tokens[first]!);
  if (connector === 'and' || connector === '&') return sawOf || connector === '&' || headedAfterAnd(tokens, first, last);
  if (connector === 'the') return false;
  if (connector === 'in') return IN_TAKERS.has(head);
  if (!CONNECTORS_AFTER_OPENERS.has(connector)) return false;
  return ORGANIZATION_OPENERS.has(head) || PLACE_OPENERS.has(head) || TITLE_HEADS.has(head) || ORGANIZATION_HEADS.has(head);
}

/**
 * Splits a leading title phrase off a run: the title is the stretch of title words that ends
 * at the last title head followed by a non-title word. Returns the index where the name starts
 * and where the title starts (or -1).
 */
function splitTitle(tokens: readonly Token[], first: number, last: number): { nameFirst: number; titleFirst: number } {
  for (let k = last - 1; k >= first; k--) {
    const form = cueForm(tokens[k]!);
    if (!TITLE_HEADS.has(form)) continue;
    const nameFirst = k + 1;
    // "General Motors", "Guardian Council": a name ending in an organisation head is no person.
    if (ORGANIZATION_HEADS.has(cueForm(tokens[last]!)) && nameFirst === last) break;
    // "High Commissioner for Refugees": a head followed by a connector names an office.
    if (nameFirst <= last && !isNameWord(tokens[nameFirst]) && !isTitleWord(tokens[nameFirst]!) && !isParticle(tokens[nameFirst]!)) break;
    // Title words directly after the head belong to the title ("Secretary of State").
    let n = nameFirst;
    while (n <= last && isTitleWord(tokens[n]!) && !TITLE_HEADS.has(cueForm(tokens[n]!)) && n < last) n++;
    let titleFirst = k;
    while (titleFirst - 1 >= first && isTitleWord(tokens[titleFirst - 1]!)) titleFirst--;
    return { nameFirst: n, titleFirst };
  }
  return { nameFirst: first, titleFirst: -1 };
}

/** Lower-case title words right before a run ("president", "former president", "spokesman"). */
function lowerTitleBefore(tokens: readonly Token[], first: number): number {
  let k = first;
  while (
    k - 1 >= 0 &&
    glue(tokens, k - 1) !== 'break' &&
    isTitleWord(tokens[k - 1]!) &&
    !isCapitalised(tokens[k - 1]!) &&
    !['of', 'the'].includes(tokens[k - 1]!.text.toLowerCase())
  ) {
    k--;
  }
  for (let i = k; i < first; i++) if (TITLE_HEADS.has(cueForm(tokens[i]!))) return k;
  // "former President X": lower-case modifiers belong to a capitalised title that opens the run.
  if (k < first && TITLE_HEADS.has(cueForm(tokens[first]!))) return k;
  return first;
}

function opensClause(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  const here = tokens[i]!;
  return /[“"‘:(\[]|['’]\s*$/.test(prev.post.trim() + here.pre.trim()) && /[“"‘(\[:]/.test(prev.post + here.pre);
}

/** Splits a run at blocked words and at hyphens joining two places ("Jordan-Syria"). */
function splitRun(tokens: readonly Token[], first: number, last: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let open = -1;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const blocked =
      isCapitalised(t) &&
      isBlocked(t) &&
      !(isTitleWord(t) && !['the', 'of'].includes(cueForm(t))) &&
      !isCapsAcronym(tokens, i) &&
      !isNameOpeningAll(tokens, i, last) &&
      !isGivenNameTail(tokens, i + 1) &&
      !isParticleOpening(tokens, i, last);
    const placeJoin =
      open >= 0 &&
      glue(tokens, i - 1) === 'hyphen' &&
      (isPlaceWord(tokens[i - 1]!) || isPlaceWord(t)) &&
      !isParticle(tokens[i - 1]!) &&
      !isGivenNameTail(tokens, i);
    if (blocked || placeJoin) {
      if (open >= 0) parts.push([open, i - 1]);
      open = blocked ? -1 : i;
      continue;
    }
    if (open < 0) open = i;
  }
  if (open >= 0) parts.push([open, last]);
  // Trim lower-case particles/connectors left dangling at either end.
  return parts
    .map(([a, b]): [number, number] => {
      while (a <= b && !isNameWord(tokens[a]) && !(isParticle(tokens[a]!) && glue(tokens, a) === 'hyphen')) a++;
      while (b >= a && !isNameWord(tokens[b]) && !(b > a && /^\d+$/.test(tokens[b]!.text)) && !isGivenNameTail(tokens, b)) b--;
      return [a, b];
    })
    .filter(([a, b]) => a <= b);
}

/**
 * "White House National Security Council": two organisation names in a row. Splits a run of
 * plain capitalised words after an inner organisation head when the words before it (two or
 * more) and the words after it (two or more, opening with an organisation adjective such as
 * "National") each end in an organisation head. "Supreme Court Bar Association" stays whole.
 */
function splitAtInnerHead(tokens: readonly Token[], a: number, b: number): Array<[number, number]> {
  const isHead = (i: number): boolean => ORGANIZATION_HEADS.has(cueForm(tokens[i]!));
  if (!isHead(b)) return [[a, b]];
  for (let k = a + 1; k <= b - 2; k++) {
    const plain = tokens.slice(a, b + 1).every((t, n) => isCapitalised(t) && (n === b - a || glue(tokens, a + n) === 'space'));
    if (plain && isHead(k) && !POSSESSIVE.test(tokens[k]!.text) && ORGANIZATION_MODIFIERS.has(cueForm(tokens[k + 1]!))) return [[a, k], [k + 1, b]];
  }
  return [[a, b]];
}

/**
 * "Czech Marketa Novotna", "Kenyan runner"-less wire style: a nationality word before a given
 * name describes the person and is no part of the name. Names of bodies ("Korean Air", "Indian
 * Ocean") have no given name after the nationality word.
 */
function splitNationalityBeforePerson(tokens: readonly Token[], a: number, b: number): Array<[number, number]> {
  if (b - a < 2) return [[a, b]];
  const nationality = demonymOf(baseText(tokens[a]!));
  const given = tokens[a + 1]!;
  const personal = ['FirstName', 'MaleName', 'FemaleName', 'Person'].some((tag) => given.tags.includes(tag));
  const headed = ORGANIZATION_HEADS.has(cueForm(tokens[b]!)) || ORGANIZATION_OPENERS.has(cueForm(given));
  if (!nationality || nationality.plural || !personal || headed || glue(tokens, a) !== 'space') return [[a, b]];
  return [[a, a], [a + 1, b]];
}

/**
 * "the All India Radio", "All Progressives Congress": "All" opens a name of three or more
 * words after "the" or when the name ends in an organisation head.
 */
function isNameOpeningAll(tokens: readonly Token[], i: number, last: number): boolean {
  if (tokens[i]?.text !== 'All' || last - i < 2 || !isNameWord(tokens[i + 1])) return false;
  return tokens[i - 1]?.text.toLowerCase() === 'the' || ORGANIZATION_HEADS.has(cueForm(tokens[last]!));
}

/** "De la Vega", "Van der Berg", "De Beers": a capitalised particle that opens a name. */
function isParticleOpening(tokens: readonly Token[], i: number, last: number): boolean {
  if (!isParticle(tokens[i]!) || i >= last || glue(tokens, i) !== 'space') return false;
  let k = i + 1;
  while (k < last && isParticle(tokens[k]!) && !isCapitalised(tokens[k]!)) k++;
  return k > i && isCapitalised(tokens[k]!) && !HYPHEN_ONLY_PARTICLES.has(tokens[i]!.text.toLowerCase());
}

/** A country, nationality word or known city: the parts of "Jordan-Syria", "Iraqi-American". */
function isPlaceWord(token: Token): boolean {
  const base = baseText(token);
  return countryOf(base) !== undefined || demonymOf(base) !== undefined || isKnownCity(base);
}

/** All name candidates in one sentence's tokens, left to right, non-overlapping. */
export function findCandidates(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!canOpen(tokens, i)) {
      i++;
      continue;
    }
    const runLast = extendRun(tokens, i);
    const runFirst = lowerTitleBefore(tokens, i);
    const { nameFirst, titleFirst } = splitTitle(tokens, runFirst, runLast);
    // Words before the title phrase are a name of their own ("Pentagon" in "Pentagon spokesman X").
    const pieces: Array<{ a: number; b: number; titleFirst: number }> = [];
    if (titleFirst > runFirst) pieces.push({ a: runFirst, b: titleFirst - 1, titleFirst: -1 });
    pieces.push({ a: nameFirst, b: runLast, titleFirst });
    for (const piece of pieces) {
      // A bare title ("the President", "Spc." before a sentence break) is no name; "the Treasury"
      // alone names the institution ("Treasury Secretary X" keeps it a title).
      if (tokens.slice(piece.a, piece.b + 1).every(isTitleWord) && !isBareInstitution(tokens, piece.a, piece.b)) continue;
      const parts = splitRun(tokens, piece.a, piece.b)
        .flatMap(([a, b]) => splitAtInnerHead(tokens, a, b))
        .flatMap(([a, b]) => splitNationalityBeforePerson(tokens, a, b));
      parts.forEach(([a, b], index) => {
        if (tokens.slice(a, b + 1).every(isTitleWord) && !isBareInstitution(tokens, a, b)) return;
        const withTitle = index === 0 && piece.titleFirst >= 0 && a === piece.a ? piece.titleFirst : -1;
        out.push(toCandidate(tokens, a, b, withTitle));
      });
    }
    i = runLast + 1;
  }
  return out;
}

function toCandidate(tokens: readonly Token[], first: number, last: number, titleFirst: number): Candidate {
  const lastToken = tokens[last]!;
  const possessive = POSSESSIVE.test(lastToken.text);
  const end = possessive ? lastToken.end - 2 : lastToken.end;
  const titleTokens = titleFirst >= 0 ? tokens.slice(titleFirst, first) : [];
  const title = titleTokens.map((t, k) => t.text + (k < titleTokens.length - 1 ? t.post.replace(/\s+/g, ' ') : '')).join('').trim();
  return {
    first,
    last,
    start: tokens[first]!.start,
    end,
    ...(titleTokens.length > 0 ? { title: title.replace(/\.$/, '') + (/\.$/.test(titleTokens.at(-1)!.post.trim()) ? '.' : '') } : {}),
    ...(titleTokens.length > 0 ? { titleFirst } : {}),
    possessive,
    initial: first === 0 || opensClause(tokens, first) || (titleFirst === 0),
  };
}
