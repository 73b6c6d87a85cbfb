/**
 * In a match report a town's name usually stands for its club: "Arsenal beat Newcastle 2-1",
 * "Liverpool, who drew 1-1", "Sevilla coach X". A known town or city typed as a place becomes an
 * organisation when the article reports a game (a score and sports words) and the sentence
 * itself is about play. Countries stay places (national teams are filed under their country),
 * and so do a dateline, "in X", "near X" and "X, <region>".
 */
import type { Mention } from '../../model.ts';
import type { Token } from '../nlp.ts';

/** Words only match reports use: positions, competitions, play. Three of them make a report. */
const MATCH_WORDS: ReadonlySet<string> = new Set([
  'goal', 'goals', 'scored', 'equaliser', 'equalizer', 'league', 'cup', 'fixture', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'keeper', 'winger', 'coach', 'relegation', 'relegated', 'stadium', 'halftime', 'half-time', 'penalty',
  'penalties', 'playoff', 'play-off', 'semi-final', 'quarter-final', 'tournament', 'derby', 'squad', 'hat-trick',
  'innings', 'wickets', 'substitute', 'kickoff', 'kick-off', 'referee', 'drew', 'beating', 'unbeaten',
]);

/** Words of a sentence about play, once the article is known to be a match report. */
const PLAY_WORDS: ReadonlySet<string> = new Set([
  ...MATCH_WORDS, 'beat', 'beats', 'draw', 'defeat', 'defeated', 'defeats', 'win', 'won', 'wins', 'victory', 'lost', 'loss',
  'match', 'season', 'title', 'points', 'table', 'minute', 'side', 'final', 'champions', 'promotion', 'clean', 'sheet',
]);

/** Nouns right after a club's name that name someone at the club ("Sevilla coach X"). */
const CLUB_ROLES: ReadonlySet<string> = new Set([
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'captain',
  'forward', 'fans', 'supporters', 'players', 'player', 'chairman', 'boss', 'president', 'owner',
]);

/** Prepositions after which a town is the place itself. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'from', 'into', 'across', 'around', 'of']);

const SCORE = /(?:^|[\s(])\d{1,3}-\d{1,3}(?=$|[\s,.;:)])/;

/**
 * A score told as a result: "beat Nice 3-1", "drew 1-1", "a 2-0 (league) win". A bare "6-3"
 * (a court ruling, a board vote) is not enough.
 */
const RESULT = /\b(?:beat|beats|beating|won|win|wins|lost|lose|loses|drew|draw|defeated|thrashed|edged|routed|held)\b[^.;]{0,40}?\d{1,3}-\d{1,3}(?![\d-])|\d{1,3}-\d{1,3}\s+(?:[a-z]+\s+)?(?:win|victory|defeat|draw|loss|home|away|lead|scoreline)\b/i;

/** True when the text reads as a match report: a score told as a result and three distinct match words. */
export function isMatchReport(text: string): boolean {
  if (!SCORE.test(text) || !RESULT.test(text)) return false;
  const words = new Set(text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []);
  let hits = 0;
  for (const w of words) if (MATCH_WORDS.has(w)) hits++;
  return hits >= 3;
}

function sentenceIsAboutPlay(tokens: readonly Token[]): boolean {
  const sentence = tokens.map((t) => t.pre + t.text + t.post).join('');
  return SCORE.test(sentence) || tokens.some((t) => PLAY_WORDS.has(t.text.toLowerCase()));
}

/** Retypes towns as clubs in match reports (see the module comment). */
export function withSportsClubs(text: string, mentions: readonly Mention[], tokensOf: (sentence: number) => readonly Token[]): Mention[] {
  if (!isMatchReport(text)) return [...mentions];
  return mentions.map((m) => {
    if (m.type !== 'place' || m.core || m.title !== undefined) return m;
    // Only a known town or city: a bare "at X" may be the ground, and a region or river is no club.
    // "Manchester City" in a match report is the club too.
    if (!m.evidence.some((e) => e === 'gazetteer:city' || e === 'compromise:Place' || e === 'cue:City')) return m;
    const tokens = tokensOf(m.sentence);
    const k = tokens.findIndex((t) => t.start === m.start);
    if (k < 0) return m;
    const last = tokens.findIndex((t) => t.end >= m.end);
    const before = tokens[k - 1]?.text.toLowerCase();
    const after = tokens[last + 1];
    if (before !== undefined && PLACE_PREPOSITIONS.has(before)) return m;
    // "Valencia, Spain": a town followed by its region or country.
    if (/^,/.test(tokens[last]?.post ?? '') && after !== undefined && /^\p{Lu}/u.test(after.text) && after.tags.some((t) => t === 'Country' || t === 'Region')) {
      return m;
    }
    const role = after !== undefined && /^\s+$/.test(tokens[last]!.post) && CLUB_ROLES.has(after.text);
    if (!role && !sentenceIsAboutPlay(tokens)) return m;
    return { ...m, type: 'organization', evidence: [...m.evidence, 'context:match-report'] };
  });
}
