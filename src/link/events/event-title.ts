/**
 * An event's title in plain words, from its type, main participants and place:
 * "Attack by Velan Front on three dock workers in Tarvik". No date: the event page shows it beside
 * the title, and a title that repeats it reads as a database row.
 */
import type { EventType } from '../../model.ts';

const NOUN: Record<EventType, { readonly noun: string; readonly target: string }> = {
  attack: { noun: 'Attack', target: 'on' },
  strike: { noun: 'Strikes', target: 'on' },
  killing: { noun: 'Killing', target: 'of' },
  wounding: { noun: 'Wounding', target: 'of' },
  arrest: { noun: 'Arrest', target: 'of' },
  statement: { noun: 'Statement', target: 'on' },
  threat: { noun: 'Threat', target: 'against' },
  negotiation: { noun: 'Negotiations', target: 'with' },
  agreement: { noun: 'Agreement', target: 'with' },
  withdrawal: { noun: 'Withdrawal', target: 'of' },
  deployment: { noun: 'Deployment', target: 'of' },
  sanction: { noun: 'Sanctions', target: 'on' },
  election: { noun: 'Election', target: 'of' },
  protest: { noun: 'Protest', target: 'against' },
  visit: { noun: 'Visit', target: 'to' },
  tally: { noun: 'Count', target: 'of' },
};

/** A tally is titled by what it counts (title-words.ts reads the unit from its reports). */
export type TallyTitle = 'troop-tally' | 'people-tally';
export type TitleType = EventType | TallyTitle;

export interface TitleParts {
  readonly type: TitleType;
  readonly agent?: string;
  readonly target?: string;
  readonly place?: string;
}

/** "United States troops in Chile", "Number of people in Peru": a count reads as what it counts, and where. */
function tallyTitle(type: TallyTitle, agent: string | undefined, place: string | undefined): string {
  const where = place && place !== agent ? ` in ${place}` : '';
  if (type === 'troop-tally') return agent ? `${agent} troops${where}` : `Troops${where}`;
  return `Number of people${where}`;
}

export function eventTitle(parts: TitleParts): string {
  if (parts.type === 'troop-tally' || parts.type === 'people-tally') return tallyTitle(parts.type, parts.agent, parts.place);
  const { noun, target } = NOUN[parts.type];
  let title = noun;
  if (parts.agent) title += ` by ${parts.agent}`;
  if (parts.target) title += ` ${target} ${parts.target}`;
  if (parts.place && parts.place !== parts.target && parts.place !== parts.agent && !parts.target?.includes(parts.place)) title += ` in ${parts.place}`;
  return title;
}
