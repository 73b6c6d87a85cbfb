/**
 * Entity mentions in one article: proper-name candidates from the token stream, typed by
 * evidence, then made consistent across the article (a surname takes its person's type; one
 * name gets one type by majority of the strong evidence). Headline-like sentences only yield
 * names the body or the gazetteers back up.
 */
import type { EntityType, Mention, Span } from '../model.ts';
import type { ParsedSentence, ParsedText, Token } from './nlp.ts';
import { baseText, type Candidate, cueForm, findCandidates, isAcronym, isBlocked, isCapitalised, isGivenNameTail } from './entities/candidates.ts';
import { AGENT_VERBS, NAME_PARTICLES, ORGANIZATION_FIRST_WORDS, ORGANIZATION_HEADS, PLACE_HEADS, TITLE_HEADS } from './entities/cue-words.ts';
import { countryOf, demonymOf, isKnownCity } from './entities/gazetteer.ts';
import { isAllCaps, isHeadlineLike } from './entities/headline.ts';
import { decideType, type TypeDecision } from './entities/type-evidence.ts';
import { retypeWithinArticle, type DraftMention } from './entities/article-consistency.ts';
import { withDescriptions } from './entities/descriptions.ts';
import { splitDemonymPrefixes } from './entities/demonym-prefix.ts';
import { withCollectiveNouns } from './entities/collective-nouns.ts';
import { withClassNounLists } from './entities/class-noun-lists.ts';
import { findDateline, type Dateline } from './entities/dateline.ts';
import { withSportsClubs } from './entities/sports-clubs.ts';
import { adjectiveReading, isVesselName } from './entities/not-names.ts';

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Acronym'];
const LEXICON_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Acronym', 'Country', 'City', 'Region'];

export function findMentions(text: string, parsed: ParsedText): Mention[] {
  const headline = parsed.sentences.map((s) => isHeadlineLike(s.tokens));
  // A dateline opens a paragraph ("LIMA, May 3 (Reuters) -"); found once per sentence, used twice.
  const datelines = parsed.sentences.map((s, index) => (parsed.sentences[index - 1]?.paragraph === s.paragraph ? null : findDateline(s.tokens)));
  const midCaps = capitalisedInsideSentences(parsed, headline, datelines);
  const drafts: DraftMention[] = [];

  parsed.sentences.forEach((sentence, index) => {
    if (headline[index]) return;
    const carried = titleBeforeBreak(parsed.sentences[index - 1], sentence);
    const titles = quotedTitles(sentence.tokens);
    const dateline = datelines[index] ?? null;
    for (const found of findCandidates(sentence.tokens)) {
      if (titles.some(([a, b]) => found.first >= a && found.last <= b)) continue;
      const filed = dateline ? datelineDraft(text, sentence, index, dateline, found) : null;
      if (filed) {
        drafts.push(filed);
        continue;
      }
      // The story after a dateline opens a sentence: its first word is capitalised by position.
      // compromise reads it as a capitalised word inside a sentence, so its ProperNoun tag proves nothing.
      const opensStory = dateline?.body === found.first && found.title === undefined;
      const opened = opensStory ? { ...found, initial: true } : found;
      const candidate = carried && opened.first === 0 && opened.title === undefined ? { ...opened, title: carried, initial: false } : opened;
      const accepted = acceptInitial(sentence.tokens, candidate, midCaps, opensStory);
      if (!accepted) continue;
      const draft = toDraft(text, parsed, sentence, index, accepted) ?? surnameDraft(text, drafts, sentence.tokens, index, accepted);
      if (!draft || isVesselName(sentence.tokens, accepted)) continue;
      // A group stays a group; a word read as a place before people ("Lima residents") stays a place.
      const reading = draft.type === 'group' ? null : adjectiveReading(sentence.tokens, accepted);
      if (reading === 'description') continue;
      const regroup = reading === 'group' && draft.type !== 'place';
      drafts.push(regroup ? { ...draft, type: 'group', evidence: [...draft.evidence, 'context:adjective-before-people'] } : draft);
    }
  });

  const known = knownNames(drafts);
  parsed.sentences.forEach((sentence, index) => {
    if (!headline[index]) return;
    drafts.push(...headlineMentions(text, sentence, index, known));
  });

  const tokensOf = (i: number): readonly Token[] => parsed.sentences[i]?.tokens ?? [];
  const described = withDescriptions(text, retypeWithinArticle(splitDemonymPrefixes(drafts)), tokensOf);
  const typed = withSportsClubs(text, withClassNounLists(text, withCollectiveNouns(text, described, tokensOf), tokensOf), tokensOf);
  const mentions = typed.sort((a, b) => a.start - b.start || b.end - a.end);
  return dropOverlaps(mentions);
}

/**
 * compromise ends a sentence after some title abbreviations ("Spc.", "Pres."); the title then
 * belongs to the name that opens the next sentence of the same paragraph.
 */
function titleBeforeBreak(previous: ParsedSentence | undefined, sentence: ParsedSentence): string | undefined {
  const last = previous?.tokens.at(-1);
  if (!previous || !last || previous.paragraph !== sentence.paragraph) return undefined;
  if (!/^\./.test(last.post) || !isCapitalised(last)) return undefined;
  return TITLE_HEADS.has(last.text.toLowerCase()) ? `${last.text}.` : undefined;
}

/**
 * Token ranges of quoted titles of works ("Face the Nation", “Inside with Ann Roe”): a quotation
 * of two to six words in Title Case. The names inside are part of a programme, book or film
 * title, not actors (CoNLL files such titles as miscellaneous).
 */
export function quotedTitles(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let a = 0; a < tokens.length; a++) {
    if (!/["“]\s*$/.test((tokens[a - 1]?.post ?? '') + tokens[a]!.pre) || /["”]/.test(tokens[a]!.pre.replace(/["“]\s*$/, ''))) continue;
    let b = a;
    while (b < tokens.length && b - a < 6 && !/["”]/.test(tokens[b]!.post)) b++;
    if (b >= tokens.length || !/["”]/.test(tokens[b]!.post) || b === a) continue;
    const words = tokens.slice(a, b + 1);
    const titleCase = words.every((t, k) => isCapitalised(t) || (k > 0 && k < words.length - 1 && /^(?:the|a|an|of|and|with|in|on|for|to|at)$/.test(t.text)));
    if (titleCase) out.push([a, b]);
    a = b;
  }
  return out;
}

/** Base forms of capitalised words that occur somewhere other than a sentence's first word. */
function capitalisedInsideSentences(parsed: ParsedText, headline: readonly boolean[], datelines: readonly (Dateline | null)[]): Set<string> {
  const seen = new Set<string>();
  parsed.sentences.forEach((s, index) => {
    if (headline[index]) return;
    const story = datelines[index]?.body ?? -1;
    s.tokens.forEach((t, i) => {
      if (i > 0 && i !== story && isCapitalised(t) && !/[“"‘(\[:]/.test((s.tokens[i - 1]?.post ?? '') + t.pre)) seen.add(baseText(t));
    });
  });
  return seen;
}

/**
 * A sentence-initial word is capitalised by position, so it only counts as a name when
 * something else backs it: a gazetteer, compromise's lexicon, a title, or the same word
 * capitalised mid-sentence elsewhere in the article.
 */
function acceptInitial(tokens: readonly Token[], candidate: Candidate, midCaps: ReadonlySet<string>, afterDateline = false): Candidate | null {
  if (!candidate.initial || candidate.title !== undefined) return candidate;
  const first = tokens[candidate.first]!;
  if (isBacked(first, midCaps, afterDateline) && !(isPhraseGuess(tokens, candidate) && !midCaps.has(baseText(first)))) return candidate;
  // "Okonjo said …": an unknown word that opens a sentence as the subject of a saying verb.
  if (candidate.first === candidate.last) return isSayingSubject(tokens, candidate.last) ? candidate : null;
  const rest = tokens[candidate.first + 1]!;
  // "Chapter XII": an unbacked word before roman numerals or suffixes only is no name.
  if (tokens.slice(candidate.first + 1, candidate.last + 1).every((t) => /^[IVXLC]+$/.test(t.text) || /^(?:Jr|Sr)\.?$/.test(t.text))) return null;
  // "Nasser al-Harbi": an Arabic particle glued to a capitalised word carries the name on.
  const particle = /^(?:al|el|bin|ibn|abu|abd)$/i.test(rest.text) && /^-$/.test(rest.post) && isCapitalised(tokens[candidate.first + 2] ?? rest);
  // "De la Vega", "Van der Berg": a capitalised particle, lower-case particles, then the name.
  const particles = NAME_PARTICLES.has(first.text.toLowerCase()) && NAME_PARTICLES.has(rest.text) && candidate.last - candidate.first >= 2;
  if (particles) return candidate;
  if (!isCapitalised(rest) && !isAcronym(rest) && !particle) return null;
  // "State Department", "Foreign Ministry": a name ending in an organisation or place head is
  // a name even when its first word alone reads as a verb or adjective.
  // "Park Ji-hoon": a hyphenated given name makes the opener a surname, whatever its tags.
  const headed =
    ORGANIZATION_HEADS.has(cueForm(tokens[candidate.last]!)) ||
    PLACE_HEADS.has(cueForm(tokens[candidate.last]!)) ||
    ORGANIZATION_FIRST_WORDS.has(cueForm(first)) ||
    isGivenNameTail(tokens, candidate.last);
  const weak = !headed && ['Adjective', 'Verb', 'Adverb', 'Plural', 'Gerund'].some((tag) => first.tags.includes(tag));
  // "Th US": an unknown opener glued to a known name is noise before that name.
  const restKnown = candidate.first + 1 === candidate.last && isInGazetteer(rest) && !first.tags.includes('ProperNoun');
  if (!weak && !restKnown) return candidate;
  return { ...candidate, first: candidate.first + 1, start: rest.start, initial: false };
}

/**
 * A name inside a dateline: the filing place is a place and the bracketed agency an
 * organisation, whatever the words look like ("TOKYO" in capitals reads as an acronym).
 */
function datelineDraft(text: string, sentence: ParsedSentence, index: number, dateline: Dateline, found: Candidate): DraftMention | null {
  const within = (range: readonly [number, number] | undefined): boolean => range !== undefined && found.first >= range[0] && found.last <= range[1];
  const type: EntityType | null = within(dateline.place) ? 'place' : within(dateline.agency) ? 'organization' : null;
  if (!type) return null;
  const decision: TypeDecision = { type, evidence: [type === 'place' ? 'dateline' : 'dateline:agency'], strong: true };
  return makeDraft(found, text.slice(found.start, found.end), index, decision, sentence.tokens.length);
}

/** The word is directly followed by a saying verb ("X said", "X told"), with no comma between. */
function isSayingSubject(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && /^\s+$/.test(tokens[last]!.post) && AGENT_VERBS.has(next.normal) && !isBlocked(tokens[last]!) && !tokens[last]!.tags.includes('Plural');
}

/**
 * "Retail investors lost …": compromise tagged the opener as part of a name only because it read
 * the phrase with the lower-case noun after it as one ("Organization" on "investors" too). Such a
 * guess backs no lone sentence-initial word the gazetteers and the article do not know.
 */
function isPhraseGuess(tokens: readonly Token[], candidate: Candidate): boolean {
  if (candidate.first !== candidate.last) return false;
  const first = tokens[candidate.first]!;
  const next = tokens[candidate.last + 1];
  if (!next || next.text !== next.text.toLowerCase() || isInGazetteer(first)) return false;
  return ['Organization', 'Person', 'Place'].some((tag) => first.tags.includes(tag) && next.tags.includes(tag));
}

function isInGazetteer(token: Token): boolean {
  const base = baseText(token);
  return isAcronym(token) || countryOf(base) !== undefined || demonymOf(base) !== undefined || isKnownCity(base);
}

function isBacked(token: Token, midCaps: ReadonlySet<string>, afterDateline = false): boolean {
  const base = baseText(token);
  if (isInGazetteer(token)) return true;
  if (midCaps.has(base)) return true;
  // After a dateline compromise reads the opener as a word inside a sentence, so only its
  // dictionary tags (given names, surnames, acronyms, known places) back it, not its guesses.
  const tags = afterDateline ? LEXICON_NAME_TAGS : NAME_TAGS;
  return tags.some((tag) => token.tags.includes(tag));
}

/**
 * "Michelle Young … Young told reporters": a lone word read as an adjective is still the
 * surname of a person named in full earlier in the article.
 */
function surnameDraft(text: string, earlier: readonly DraftMention[], tokens: readonly Token[], index: number, candidate: Candidate): DraftMention | null {
  if (candidate.first !== candidate.last || candidate.title !== undefined) return null;
  const surface = text.slice(candidate.start, candidate.end);
  const next = tokens[candidate.last + 1];
  // "Young people", "Young voters": the adjective before a noun is no surname.
  if (next && next.text === next.text.toLowerCase() && next.tags.includes('Noun') && !next.tags.includes('Verb')) return null;
  const named = earlier.some((d) => d.type === 'person' && d.strong && d.name.includes(' ') && d.name.split(' ').at(-1) === surface);
  if (!named) return null;
  return makeDraft(candidate, surface, index, { type: 'person', evidence: ['article:surname'], strong: true }, tokens.length);
}

function toDraft(text: string, parsed: ParsedText, sentence: ParsedSentence, index: number, candidate: Candidate): DraftMention | null {
  const surface = text.slice(candidate.start, candidate.end);
  const nameText = surface;
  const decision = decideType(sentence.tokens, candidate, nameText, {
    person: overlapsAny(candidate, parsed.people),
    place: overlapsAny(candidate, parsed.places),
    organization: overlapsAny(candidate, parsed.organizations),
  });
  if (!decision) return null;
  return makeDraft(candidate, surface, index, decision, sentence.tokens.length);
}

function makeDraft(candidate: Span & { title?: string }, surface: string, sentence: number, decision: TypeDecision, _n: number): DraftMention {
  return {
    start: candidate.start,
    end: candidate.end,
    text: surface,
    type: decision.type,
    sentence,
    name: cleanName(surface),
    ...(candidate.title !== undefined ? { title: candidate.title } : {}),
    ...(decision.country !== undefined ? { country: decision.country } : {}),
    evidence: decision.evidence,
    strong: decision.strong,
  };
}

/** The comparable name: no leading "the", no possessive, single spaces. */
function cleanName(surface: string): string {
  return surface
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}

/** Names found in the body, by lower-cased name, with their type. */
function knownNames(drafts: readonly DraftMention[]): Map<string, EntityType> {
  const known = new Map<string, EntityType>();
  for (const d of drafts) if (d.strong || d.name.includes(' ')) known.set(d.name.toLowerCase(), d.type);
  // A headline names people by surname ("Smith Wins Vote").
  for (const d of drafts) {
    if (d.type === 'person' && d.name.includes(' ')) {
      const surname = d.name.split(' ').at(-1)!.toLowerCase();
      if (!known.has(surname)) known.set(surname, 'person');
    }
  }
  return known;
}

/**
 * In a headline, take the longest token sequences that name something the body names, or a
 * country, nationality or known city; skip everything else (capitals there mean nothing).
 */
function headlineMentions(text: string, sentence: ParsedSentence, index: number, known: ReadonlyMap<string, EntityType>): DraftMention[] {
  const tokens = sentence.tokens;
  const shouting = isAllCaps(tokens);
  const out: DraftMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let j = Math.min(tokens.length - 1, i + 5); j >= i && matched === 0; j--) {
      const first = tokens[i]!;
      const last = tokens[j]!;
      if (!isCapitalised(first) || isBlocked(first)) break;
      const possessive = /['’]s$/.test(last.text);
      const end = possessive ? last.end - 2 : last.end;
      const surface = text.slice(first.start, end);
      if (/[,;:()"“”]/.test(surface)) continue;
      const decision = headlineDecision(surface, known, shouting, tokens, j);
      if (decision) {
        out.push(makeDraft({ start: first.start, end }, surface, index, decision, tokens.length));
        matched = j - i + 1;
      }
    }
    i += Math.max(matched, 1);
  }
  return out;
}

function headlineDecision(
  surface: string,
  known: ReadonlyMap<string, EntityType>,
  shouting: boolean,
  tokens: readonly Token[],
  last: number,
): TypeDecision | null {
  const name = cleanName(surface);
  const type = known.get(name.toLowerCase());
  if (type) return { type, evidence: ['headline:known'], strong: false };
  const demonym = demonymOf(name);
  if (demonym) {
    const next = tokens[last + 1];
    const label = demonym.plural ? 'demonym:plural' : next && /\p{L}/u.test(next.text) ? 'demonym:adjective' : 'demonym:noun';
    return { type: 'group', evidence: [label], strong: false, country: demonym.country };
  }
  if (countryOf(name) && (!shouting || name.replace(/\./g, '').length > 2 || name === 'US' || name === 'U.S.' || name === 'UK')) {
    return { type: 'place', evidence: ['gazetteer:country'], strong: false };
  }
  if (!shouting && isKnownCity(name)) return { type: 'place', evidence: ['gazetteer:city'], strong: false };
  return null;
}

/** Keeps the earlier (then longer) of two overlapping mentions. */
function dropOverlaps(mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}
