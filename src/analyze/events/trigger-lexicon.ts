/**
 * The documented event trigger lexicon: which dictionary forms (verbs and nouns) denote which
 * kind of event. Keys are lemmas (compromise's root, or the lower-cased word). A guard names a
 * context check in trigger-guards.ts that an ambiguous word must pass to count.
 *
 * Type notes:
 * - attack: violent action by any party ("attacked", "assault", "raid", "bombing", "blast").
 * - strike: a (military) strike or airstrike; never a labour strike or "struck a deal".
 * - killing / wounding: deaths and injuries caused by someone ("killed", "injured").
 * - statement: a reporting verb with a speaker; bare "according to" is no statement.
 * - threat: "threatened", "vowed", "warned".
 * - negotiation: talks, proposals, offers, mediation, ceasefires and truces being discussed.
 * - agreement: a deal, accord or agreement reached or signed.
 * - sanction: sanctions, bans, executive orders, freezes ("order" as a decree).
 * - visit: visits, trips, meetings, summits.
 * - tally: no trigger word: a standing count of people or troops in a place ("Zembla's 2 million
 *   people", "has 900 troops in X"), made from figures by tallies.ts.
 */
import type { EventType } from '../../model.ts';

/** A context check an ambiguous trigger must pass (see trigger-guards.ts). */
export type GuardName =
  /** The sentence speaks of weapons or armed forces ("hit" targets, not "hit a record", "struck a deal"). */
  | 'military-context'
  /** Not a labour, hunger or general strike. */
  | 'not-labour-strike'
  /** Not "heart attack", "panic attack". */
  | 'not-medical'
  /** Shooting: "opened fire", "fired / launched rockets", not "came under fire", "fired the coach", "launched strikes". */
  | 'weapon-fire'
  /** "opened fire", "exchanged fire": the noun as shooting, not a house fire. */
  | 'opened-fire'
  /** "charged with" a crime, not an electric charge. */
  | 'charged-with'
  /** "pull … out", "pulled back", not "pull a lever". */
  | 'pull-out'
  /** A reporting verb with a speaker, not "what it says is". */
  | 'has-speaker'
  /** A noun used as the head, not the modifier of another noun ("election offices"). */
  | 'head-noun'
  /** "call" that reports speech ("called for", "called the plan"), not a phone call. */
  | 'call-for'
  /** "order" as a decree ("executive order", "ordered strikes"), not "in order to". */
  | 'decree-order';

export interface TriggerEntry {
  readonly type: EventType;
  readonly guard?: GuardName;
}

const entries = (type: EventType, words: string, guard?: GuardName): [string, TriggerEntry][] =>
  words.split(/\s+/).map((w) => [w, guard ? { type, guard } : { type }]);

/** Verb lemmas. */
export const VERB_TRIGGERS: ReadonlyMap<string, TriggerEntry> = new Map([
  ...entries('attack', 'attack assault bomb shell raid ambush storm invade bombard ram'),
  ...entries('attack', 'pound target', 'military-context'),
  ...entries('attack', 'fire shoot launch', 'weapon-fire'),
  ...entries('strike', 'strike hit', 'military-context'),
  ...entries('killing', 'kill murder assassinate execute slay behead massacre'),
  ...entries('wounding', 'wound injure maim'),
  ...entries('arrest', 'arrest detain abduct kidnap jail imprison'),
  ...entries('arrest', 'charge', 'charged-with'),
  ...entries('statement', 'say tell announce state claim deny report urge insist reiterate add confirm accuse complain criticize criticise characterize characterise describe acknowledge stress', 'has-speaker'),
  ...entries('statement', 'call', 'call-for'),
  ...entries('threat', 'threaten vow warn'),
  ...entries('negotiation', 'negotiate mediate propose'),
  ...entries('agreement', 'agree sign ratify'),
  ...entries('withdrawal', 'withdraw retreat evacuate'),
  ...entries('withdrawal', 'pull', 'pull-out'),
  ...entries('deployment', 'deploy dispatch station'),
  ...entries('sanction', 'sanction ban punish embargo blacklist'),
  ...entries('sanction', 'order', 'decree-order'),
  ...entries('election', 'elect reelect vote'),
  ...entries('protest', 'protest demonstrate rally riot'),
  ...entries('visit', 'visit meet travel tour'),
]);

/** Noun lemmas (singular). */
export const NOUN_TRIGGERS: ReadonlyMap<string, TriggerEntry> = new Map([
  ...entries('attack', 'attack', 'not-medical'),
  ...entries('attack', 'fire', 'opened-fire'),
  ...entries('attack', 'assault raid bombing blast explosion ambush shelling offensive invasion aggression'),
  ...entries('strike', 'strike', 'not-labour-strike'),
  ...entries('strike', 'airstrike air-strike bombardment'),
  ...entries('killing', 'killing murder assassination execution massacre'),
  ...entries('arrest', 'arrest detention'),
  ...entries('statement', 'statement announcement'),
  ...entries('threat', 'threat ultimatum'),
  ...entries('negotiation', 'negotiation talk proposal offer ceasefire cease-fire truce mediation'),
  ...entries('agreement', 'agreement deal accord treaty'),
  ...entries('withdrawal', 'withdrawal pullout retreat evacuation'),
  ...entries('deployment', 'deployment'),
  ...entries('sanction', 'sanction embargo ban', 'head-noun'),
  ...entries('sanction', 'order', 'decree-order'),
  ...entries('election', 'election reelection re-election referendum ballot', 'head-noun'),
  ...entries('election', 'vote'),
  ...entries('protest', 'protest demonstration rally riot'),
  ...entries('visit', 'visit trip meeting summit'),
]);

/** Inflected forms compromise gives no root for. */
export const IRREGULAR_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['withdrawn', 'withdraw'], ['withdrew', 'withdraw'], ['struck', 'strike'], ['stricken', 'strike'],
  ['shot', 'shoot'], ['told', 'tell'], ['said', 'say'], ['says', 'say'], ['met', 'meet'],
  ['hit', 'hit'], ['hits', 'hit'], ['fired', 'fire'], ['firing', 'fire'], ['talks', 'talk'],
  ['airstrikes', 'airstrike'], ['air-strikes', 'air-strike'], ['ceasefires', 'ceasefire'],
  ['re-elected', 'reelect'], ['reelected', 'reelect'], ['killings', 'killing'],
]);

/** Words that, placed before "strike(s)", name an air strike (kept in the trigger span). */
export const STRIKE_MODIFIERS: ReadonlySet<string> = new Set(['air', 'drone', 'missile', 'rocket', 'precision']);

/** Verbs that take an event noun as their object without being an event themselves ("launched strikes"). */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set([
  'launch', 'carry', 'conduct', 'stage', 'mount', 'make', 'hold', 'issue', 'impose', 'begin', 'start', 'continue',
  'resume', 'step', 'order', 'approve', 'announce', 'claim', 'present', 'reject', 'accept', 'sign', 'reach',
]);
