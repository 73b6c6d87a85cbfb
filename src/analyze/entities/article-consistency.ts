/**
 * Makes mention types consistent within one article: a bare surname takes the type of the
 * full person name it shortens ("Jane Roe … Roe"), the singular of a plural group joins the
 * group ("Zorbis … Zorbi fighters"), and every other name gets the majority type of its
 * strongly-evidenced mentions (ties broken person > organization > place > group).
 */
import type { EntityType, Mention } from '../../model.ts';
import { COMPASS_WORDS, ORGANIZATION_HEADS, ORGANIZATION_MODIFIERS, ORGANIZATION_OPENERS } from './cue-words.ts';
import { countryOf, demonymOf, isCapitalCity } from './gazetteer.ts';

export interface DraftMention extends Mention {
  /** Whether the type rests on strong evidence (see `TypeDecision.strong`). */
  readonly strong: boolean;
}

const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'group'];

/** Lower-case comparison key for a name within one article. */
function key(name: string): string {
  return name.toLowerCase().replace(/[’']/g, "'");
}

/** The last word of a name without an Arabic article prefix ("al-Rashidi" → "rashidi"). */
export function surnameKey(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w));
  const last = words[words.length - 1] ?? name;
  return last.toLowerCase().replace(/^(?:al|el|ad|an|as|ash|az)[-‐]/, '');
}

export function retypeWithinArticle(drafts: readonly DraftMention[]): Mention[] {
  const surnames = new Map<string, number>();
  for (const d of drafts) {
    // Only a name that is surely a person lends its type to a bare surname.
    if (d.type === 'person' && d.strong && d.name.includes(' ')) surnames.set(surnameKey(d.name), (surnames.get(surnameKey(d.name)) ?? 0) + 1);
  }
  const shortNames = organizationShortNames(drafts);
  const groupStems = new Set(drafts.filter((d) => d.type === 'group' && !d.country && /s$/.test(d.name)).map((d) => key(d.name).slice(0, -1)));

  const adjusted = drafts.map((d): DraftMention => {
    if (d.country !== undefined || d.evidence.includes('gazetteer:country')) return d;
    // "De la Vega", "van der Berg" shorten a full name as a bare surname does.
    const single = !d.name.includes(' ') || /^(?:al|el)[-‐ ]\S+$/i.test(d.name) || /^(?:(?:de|del|della|la|los|las|da|das|dos|di|du|van|von|der|den|le|ter)\s+)+\S+$/i.test(d.name);
    if (single && d.type !== 'place' && surnames.has(surnameKey(d.name)) && !d.evidence.some((e) => e.startsWith('cue:'))) {
      return { ...d, type: 'person', evidence: [...d.evidence, 'article:surname'], strong: true };
    }
    if (!d.name.includes(' ') && shortNames.has(key(d.name)) && takesShortNameType(d)) {
      return { ...d, type: 'organization', evidence: [...d.evidence, 'article:short-name'], strong: true };
    }
    if (single && !d.strong && groupStems.has(key(d.name))) {
      return { ...d, type: 'group', evidence: [...d.evidence, 'article:group-singular'], strong: true };
    }
    return d;
  });

  const votes = new Map<string, Map<EntityType, number>>();
  for (const d of adjusted) {
    // A dateline names the filing place, which a club or company of the same name is not.
    if (!d.strong || d.country !== undefined || isDateline(d)) continue;
    const byType = votes.get(key(d.name)) ?? new Map<EntityType, number>();
    byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
    votes.set(key(d.name), byType);
  }
  return adjusted.map(({ strong: _strong, ...m }) => {
    const byType = votes.get(key(m.name));
    if (!byType || m.country !== undefined || isDateline(m)) return m;
    const winner = majority(byType);
    return winner === m.type ? m : { ...m, type: winner, evidence: [...m.evidence, `article:majority-${winner}`] };
  });
}

/**
 * First words of the article's organisation names that can stand for the whole: "Toyota" of
 * "Toyota Motor Corp", "Nordhavn" of "Nordhavn Line". Not countries, capitals, nationality words,
 * or generic openers ("National", "Bank", "North").
 */
function organizationShortNames(drafts: readonly DraftMention[]): Set<string> {
  const out = new Set<string>();
  for (const d of drafts) {
    const words = d.name.split(' ');
    if (d.type !== 'organization' || !d.strong || words.length < 2) continue;
    const [word, second] = words as [string, string];
    const lower = word.toLowerCase();
    if (!/^\p{Lu}\p{Ll}/u.test(word) || !/^\p{Lu}/u.test(second)) continue;
    if (ORGANIZATION_MODIFIERS.has(lower) || ORGANIZATION_OPENERS.has(lower) || ORGANIZATION_HEADS.has(lower) || COMPASS_WORDS.has(lower)) continue;
    if (countryOf(word) || demonymOf(word) || isCapitalCity(word)) continue;
    out.add(key(word));
  }
  return out;
}

/** A lone word may take its organisation's type unless a title or the place context says otherwise. */
function takesShortNameType(d: DraftMention): boolean {
  if (d.type === 'organization' || d.evidence.some((e) => e.startsWith('title:'))) return false;
  // "a plant in Toyota": the text itself puts the word in a place.
  return !(d.type === 'place' && d.evidence.some((e) => e.startsWith('context:') || e === 'dateline'));
}

function isDateline(m: Mention): boolean {
  return m.evidence.includes('dateline') || m.evidence.includes('dateline:agency');
}

function majority(byType: ReadonlyMap<EntityType, number>): EntityType {
  let best: EntityType = 'organization';
  let bestCount = -1;
  for (const type of TYPE_ORDER) {
    const count = byType.get(type) ?? 0;
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  return best;
}
