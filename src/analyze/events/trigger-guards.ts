/**
 * Context checks for ambiguous triggers (named in trigger-lexicon.ts). Each looks at the words
 * around the trigger in its sentence only.
 */
import type { Token } from '../nlp.ts';
import { NOUN_TRIGGERS, STRIKE_MODIFIERS, type GuardName } from './trigger-lexicon.ts';

/** Words that put a sentence in a military setting. */
const MILITARY_WORDS = new Set([
  'missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'bomb', 'bombs', 'shell', 'shells', 'mortar', 'mortars',
  'artillery', 'troops', 'soldiers', 'forces', 'military', 'militia', 'militias', 'militants', 'fighters', 'army',
  'navy', 'warplanes', 'jets', 'aircraft', 'bombers', 'munitions', 'targets', 'target', 'base', 'bases', 'strike',
  'strikes', 'airstrike', 'airstrikes', 'attack', 'attacks', 'weapons', 'gunmen', 'insurgents', 'rebels', 'positions',
]);

const WEAPONS = new Set([
  'missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'mortar', 'mortars', 'shots', 'bullets', 'rounds',
  'drone', 'drones', 'grenade', 'grenades', 'weapons', 'gun', 'guns', 'tear', 'artillery', 'projectiles', 'salvo',
]);

const LABOUR_STRIKE_WORDS = new Set([
  'hunger', 'general', 'labour', 'labor', 'workers', "workers'", 'union', 'teachers', 'nurses', 'doctors', 'rail',
  'national', 'walkout', 'pay', 'wage', 'wages', 'picket', 'staff', 'employees', 'dockers', 'drivers',
]);

/** Unambiguous words of labour disputes, heeded anywhere in a sentence without military words. */
const WORKER_WORDS = new Set(['workers', "workers'", 'union', 'unions', 'teachers', 'nurses', 'employees', 'staff', 'dockers', 'walkout', 'picket', 'wages', 'pay']);

/** Objects that make "strike"/"hit"/"target" figurative: "struck a deal", "hit a record". */
const NON_VIOLENT_OBJECTS = new Set(['deal', 'agreement', 'balance', 'tone', 'chord', 'note', 'bargain', 'record', 'high', 'low', 'headlines', 'home', 'market', 'audience', 'voters']);

const MEDICAL_WORDS = new Set(['heart', 'panic', 'asthma', 'anxiety', 'cardiac']);

/** Head nouns of described speakers ("a source in the government said"). */
const SPEAKER_WORDS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'minister', 'ministry',
  'president', 'government', 'office', 'group', 'adviser', 'advisor', 'diplomat', 'diplomats', 'media', 'agency',
  'military', 'army', 'police', 'residents', 'witnesses', 'statement', 'leader', 'commander', 'secretary',
  'department', 'spokesmen', 'authorities', 'analysts', 'experts', 'general', 'movement', 'militia', 'coalition',
]);

export type Guard = (tokens: readonly Token[], i: number) => boolean;

const near = (tokens: readonly Token[], i: number, before: number, after: number): Token[] =>
  tokens.slice(Math.max(0, i - before), i).concat(tokens.slice(i + 1, i + 1 + after));

export const GUARDS: Readonly<Record<GuardName, Guard>> = {
  'military-context': (tokens, i) =>
    tokens.some((t) => MILITARY_WORDS.has(t.normal)) && !near(tokens, i, 0, 3).some((t) => NON_VIOLENT_OBJECTS.has(t.normal)),
  'not-labour-strike': (tokens, i) => {
    const prev = tokens[i - 1]?.normal ?? '';
    if (prev === 'on' && tokens[i - 2] && /^(?:go|went|gone|going|goes|are|were|is|was|remain|remained|stay|stayed)$/.test(tokens[i - 2]!.normal)) return false;
    if (near(tokens, i, 3, 2).some((t) => LABOUR_STRIKE_WORDS.has(t.normal))) return false;
    if (STRIKE_MODIFIERS.has(prev)) return true; // "air strikes"
    // "workers joined a wave of strikes": labour words farther off count when nothing is military.
    return !(tokens.some((t) => WORKER_WORDS.has(t.normal)) && !tokens.some((t, j) => j !== i && MILITARY_WORDS.has(t.normal)));
  },
  'not-medical': (tokens, i) => !MEDICAL_WORDS.has(tokens[i - 1]?.normal ?? ''),
  'weapon-fire': (tokens, i) => {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.normal ?? '';
    if (t.normal === 'fire' && (prev === 'under' || prev === 'heavy' && tokens[i - 2]?.normal === 'under')) return false;
    if (t.normal === 'fire' && /^(?:open|opened|opening|opens|exchanged|returned)$/.test(prev)) return true;
    // "launched strikes on": the verb supports an event noun, the noun is the event.
    const isEventNoun = (n: Token): boolean => !WEAPONS.has(n.normal) && !n.tags.includes('Adjective') && NOUN_TRIGGERS.has(n.root ?? n.normal.replace(/s$/, ''));
    if (t.normal !== 'fire' && near(tokens, i, 0, 3).some(isEventNoun)) return false;
    // "the strikes launched against them": a participle after the noun describes it, the noun is the event.
    const before = tokens[i - 1];
    if (t.normal !== 'fire' && before && !/[,;:]/.test(before.post) && isEventNoun(before) && !t.tags.includes('PresentTense')) return false;
    // "shot dead", "fired rockets", "fired at", "shot in the leg".
    return near(tokens, i, 0, 4).some((n) => WEAPONS.has(n.normal) || n.normal === 'dead' || n.normal === 'at' || n.normal === 'on')
      || tokens.slice(Math.max(0, i - 4), i).some((n) => WEAPONS.has(n.normal));
  },
  'charged-with': (tokens, i) => tokens[i + 1]?.normal === 'with',
  'opened-fire': (tokens, i) => /^(?:open|opened|opening|opens|exchanged|exchanging|returned)$/.test(tokens[i - 1]?.normal ?? ''),
  'pull-out': (tokens, i) => tokens.slice(i + 1, i + 6).some((t) => t.normal === 'out' || t.normal === 'back'),
  'has-speaker': (tokens, i) => {
    const prev = tokens[i - 1];
    // "what it says is", "so-called", "the said".
    if (tokens.slice(Math.max(0, i - 2), i).some((t) => t.normal === 'what' || t.normal === 'so')) return false;
    if (prev && (prev.normal === 'to' || prev.normal === 'the')) return false;
    // Inverted attribution: "…, said Maj. X" / "…, the ministry said".
    const next = tokens[i + 1];
    if (next && (next.tags.includes('ProperNoun') || next.tags.includes('Person') || next.tags.includes('Honorific'))) return true;
    // A named, pronominal or described speaker earlier in the sentence ("Sullivan, in an interview, said").
    return tokens.slice(0, i).some((t) =>
      t.tags.includes('Pronoun') || t.tags.includes('ProperNoun') || t.tags.includes('Person') || t.tags.includes('Organization') || SPEAKER_WORDS.has(t.normal) || t.tags.includes('Actor'));
  },
  'head-noun': (tokens, i) => {
    const next = tokens[i + 1];
    if (!next || /[,;:.()]/.test(tokens[i]!.post)) return true;
    // "election day" is about the election; "election offices" is not an event.
    if (next.normal === 'day' || next.normal === 'results' || next.normal === 'campaign') return true;
    return !(next.tags.includes('Noun') && !next.tags.includes('Pronoun') && !next.tags.includes('Date'));
  },
  'call-for': (tokens, i) => tokens[i + 1]?.normal === 'for' || tokens.slice(i + 1, i + 5).some((t) => /["“]/.test(t.pre)),
  'decree-order': (tokens, i) => {
    const prev = tokens[i - 1]?.normal ?? '';
    if (prev === 'in' || prev === 'law' || prev === 'world') return false;
    if (tokens[i]!.tags.includes('Verb')) return true;
    return prev === 'executive' || prev === 'military' || prev === 'evacuation' || prev === 'an' && tokens[i + 1]?.normal === 'to';
  },
};
