/** Reader-facing words for events, quotes and figures, so every page says the same thing. */
import type { Discrepancy, EventModality, EventType, FigureUnit, SpeakerVia } from '../model.ts';

export const EVENT_TYPE_LABELS: Readonly<Record<EventType, string>> = {
  attack: 'attack', strike: 'strike', killing: 'killing', wounding: 'wounding', arrest: 'arrest',
  statement: 'statement', threat: 'threat', negotiation: 'negotiation', agreement: 'agreement',
  withdrawal: 'withdrawal', deployment: 'deployment', sanction: 'sanction', election: 'election',
  protest: 'protest', visit: 'visit', tally: 'count',
};

/**
 * What an event page calls its participants: a tally has an owner ("whose troops") and nothing
 * done to anyone; a reaction has speakers, and what it answers is its own link.
 */
export function roleLabels(type: EventType, reaction = false): { readonly agents: string; readonly targets: string | null } {
  if (reaction) return { agents: 'Who spoke', targets: null };
  return type === 'tally' ? { agents: 'Whose', targets: null } : { agents: 'By', targets: 'Against' };
}

/** Tags for modalities other than `asserted` (an asserted event needs no tag). */
export const MODALITY_LABELS: Readonly<Record<EventModality, { label: string; explanation: string } | null>> = {
  asserted: null,
  negated: { label: 'negated', explanation: 'The text says this did not happen.' },
  hypothetical: { label: 'hypothetical', explanation: 'The text reports this as possible or conditional, not as happened.' },
  future: { label: 'future', explanation: 'The text reports this as planned or expected, not as happened.' },
};

/** What a figure counts, in words used after the number when the text names no noun. */
export const FIGURE_UNIT_LABELS: Readonly<Record<FigureUnit, string>> = {
  killed: 'killed', wounded: 'wounded', hostages: 'hostages', people: 'people', troops: 'troops',
  targets: 'targets', munitions: 'munitions', attacks: 'attacks', money: 'money', days: 'days',
  percent: 'per cent', fraction: 'fraction', age: 'age', count: 'count',
};

export const DISCREPANCY_LABELS: Readonly<Record<Discrepancy['kind'], string>> = {
  count: 'Counts differ',
  date: 'Dates differ',
  place: 'Places differ',
};

/** The tag for a disagreement whose values could all be right, and why they could. */
export const MINOR_LABELS: Readonly<Partial<Record<Discrepancy['kind'], { label: string; why: string }>>> = {
  count: { label: 'could all be right', why: 'The ranges the qualifiers imply overlap' },
  date: { label: 'perhaps different days', why: 'No count ties these reports to one incident: they may tell different days of one campaign' },
};

/** What the reports disagree on, as one word for a flag ("Sources disagree on counts, dates"). */
export const DISAGREEMENT_WORDS: Readonly<Record<Discrepancy['kind'], string>> = {
  count: 'counts',
  date: 'dates',
  place: 'places',
};

export const SPEAKER_VIA_LABELS: Readonly<Record<SpeakerVia, string>> = {
  'said-after': 'attribution after the quote',
  'said-before': 'speech verb before the quote',
  'according-to': '“according to”',
  statement: 'the source of the statement',
  pronoun: 'a pronoun resolved to a name',
  'previous-speaker': 'the speaker of the previous quote',
  'nearest-person': 'the nearest person named before it',
};

/** Speaker rules that guess rather than read an attribution: pages mark them as inferred. */
export const INFERRED_SPEAKER: ReadonlySet<SpeakerVia> = new Set(['statement', 'pronoun', 'previous-speaker', 'nearest-person']);
