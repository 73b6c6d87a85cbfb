/**
 * Byline lines: "By Jane Doe", "By Jane Doe and Ali Khan | 2 Feb 2024", "Posted by Jane Doe on Feb 8th 2024",
 * "Written by J. Doe, Staff Writer". Returns the author(s) and whatever followed the names, so the
 * caller can read a date from it. "By Friday, the troops had left." is not a byline: the words after
 * "By" must be names, followed by nothing or by a short tail after a separator.
 */
import { isNameWord, personName } from './person-name.ts';

export interface Byline {
  /** Author names as printed ("Jane Doe", "Jane Doe and Ali Khan"). */
  readonly author: string;
  /** Text after the names and separator, e.g. a date or a role; '' when none. */
  readonly rest: string;
}

const LEAD = /^(?:(?:posted|written|reported|words|story|text|compiled)\s+by|by)\s*:?\s+/i;
/** The first separator between the names and a tail (date, role, place). */
const SEPARATOR = /\s*(?:\||·|•|–|—|\s-\s)\s*|\s+(?:on|in|at|for)\s+/i;
const MAX_TAIL_WORDS = 12;

/** Parses a whole line as a byline, or returns null. */
export function parseByline(line: string): Byline | null {
  const text = line.trim().replace(/\s+/g, ' ');
  const lead = LEAD.exec(text);
  if (!lead) return null;
  const afterLead = text.slice(lead[0].length);
  const separator = SEPARATOR.exec(afterLead);
  const namesPart = separator ? afterLead.slice(0, separator.index) : afterLead;
  let tail = separator ? afterLead.slice(separator.index + separator[0].length) : '';

  const groups = namesPart.split(/\s*,\s*/);
  const accepted: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] ?? '';
    const people = group.split(/\s+(?:and|&)\s+/i);
    // One-word names ("By Reuters") only stand alone; after a comma a single word is an outlet or place.
    const oneWordAllowed = i === 0 && people.length === 1;
    if (!people.every((p) => isAuthorName(p, oneWordAllowed))) {
      if (accepted.length === 0) return null;
      // "By Jane Doe, Staff Writer": the names stop at the first comma group that is not a name.
      tail = [groups.slice(i).join(', '), tail].filter(Boolean).join(' ');
      break;
    }
    accepted.push(group);
  }
  if (accepted.length === 0 || !tailFitsByline(tail)) return null;
  return { author: accepted.join(', '), rest: tail.trim() };
}

/** A name of 2–4 words, or one capitalised word (agency bylines such as "By Reuters"). */
function isAuthorName(text: string, oneWordAllowed: boolean): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 1) return oneWordAllowed && /^\p{Lu}/u.test(words[0] ?? '') && isNameWord(words[0] ?? '');
  return personName(text);
}

/** A byline tail is short; a long clause ending like a sentence means the line was prose. */
function tailFitsByline(tail: string): boolean {
  if (tail === '') return true;
  const words = tail.split(/\s+/);
  if (/\d/.test(tail)) return words.length <= MAX_TAIL_WORDS;
  return words.length <= 6 && !/[.!?]["”’]?$/.test(tail);
}
