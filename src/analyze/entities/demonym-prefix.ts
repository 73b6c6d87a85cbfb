/**
 * Splits a nationality word off the front of an organisation name when it only describes the
 * organisation: "the Turkish Ministry of Energy" → Turkish + "Ministry of Energy" (a generic
 * "<head> of X" name is complete without it), and "the Iraqi X Brigades" → Iraqi + "X Brigades"
 * when the article also names "X Brigades" or "X" without it. Names the nationality is part of
 * ("Syrian Democratic Forces", "Palestinian Red Crescent") never occur without it, so they stay.
 */
import type { DraftMention } from './article-consistency.ts';
import { DROPPABLE_ORGANIZATION_SUFFIXES, ORGANIZATION_OPENERS } from './cue-words.ts';
import { demonymOf } from './gazetteer.ts';

const CONTINENTS: ReadonlySet<string> = new Set(['Europe', 'Africa', 'Asia']);

const key = (name: string): string => name.toLowerCase().replace(/[’']/g, "'");

/** The name without a droppable last word ("X Brigades" → "X"), lower case. */
function withoutSuffix(name: string): string {
  const words = name.split(' ');
  return words.length > 1 && DROPPABLE_ORGANIZATION_SUFFIXES.has(words.at(-1)!.toLowerCase()) ? key(words.slice(0, -1).join(' ')) : key(name);
}

export function splitDemonymPrefixes(drafts: readonly DraftMention[]): DraftMention[] {
  const named = new Set<string>();
  for (const d of drafts) {
    named.add(key(d.name));
    named.add(withoutSuffix(d.name));
  }
  return drafts.flatMap((d): DraftMention[] => {
    const match = /^(\S+)(\s+)(\S.*)$/su.exec(d.text);
    if (d.type !== 'organization' || d.core || !match) return [d];
    const [, word, gap, rest] = match as unknown as [string, string, string, string];
    const demonym = demonymOf(word);
    if (!demonym || demonym.plural) return [d];
    // "European Court of Justice", "African Development Bank": a continent's adjective names a
    // body of many countries and belongs to its name; a nationality only describes a national body.
    if (CONTINENTS.has(demonym.country)) return [d];
    const restName = rest.replace(/['’]s$/, '').replace(/\s+/g, ' ');
    const generic = new RegExp(`^(?:${[...ORGANIZATION_OPENERS].join('|')}) (?:of|for|on) `, 'i').test(restName);
    const namedAlone = named.has(key(restName)) || named.has(withoutSuffix(restName));
    if (!generic && !namedAlone) return [d];
    const restStart = d.start + word.length + gap.length;
    const nationality: DraftMention = {
      start: d.start,
      end: d.start + word.length,
      text: word,
      type: 'group',
      sentence: d.sentence,
      name: word,
      country: demonym.country,
      evidence: ['demonym:adjective'],
      strong: true,
    };
    const { title: _title, ...organisation } = d;
    return [nationality, { ...organisation, start: restStart, text: rest, name: restName, evidence: [...d.evidence, 'split:nationality'] }];
  });
}
