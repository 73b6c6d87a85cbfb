/**
 * Makes mention types consistent within one article: a bare surname takes the type of the
 * full person name it shortens ("Jane Roe … Roe"), the singular of a plural group joins the
 * group ("Zorbis … Zorbi fighters"), and every other name gets the majority type of its
 * strongly-evidenced mentions (ties broken person > organization > place > group).
 */
import type { EntityType, Mention } from '../../model.ts';

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
  const groupStems = new Set(drafts.filter((d) => d.type === 'group' && !d.country && /s$/.test(d.name)).map((d) => key(d.name).slice(0, -1)));

  const adjusted = drafts.map((d): DraftMention => {
    if (d.country !== undefined || d.evidence.includes('gazetteer:country')) return d;
    const single = !d.name.includes(' ') || /^(?:al|el)[-‐ ]\S+$/i.test(d.name);
    if (single && d.type !== 'place' && surnames.has(surnameKey(d.name)) && !d.evidence.some((e) => e.startsWith('cue:'))) {
      return { ...d, type: 'person', evidence: [...d.evidence, 'article:surname'], strong: true };
    }
    if (single && !d.strong && groupStems.has(key(d.name))) {
      return { ...d, type: 'group', evidence: [...d.evidence, 'article:group-singular'], strong: true };
    }
    return d;
  });

  const votes = new Map<string, Map<EntityType, number>>();
  for (const d of adjusted) {
    if (!d.strong || d.country !== undefined) continue;
    const byType = votes.get(key(d.name)) ?? new Map<EntityType, number>();
    byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
    votes.set(key(d.name), byType);
  }
  return adjusted.map(({ strong: _strong, ...m }) => {
    const byType = votes.get(key(m.name));
    if (!byType || m.country !== undefined) return m;
    const winner = majority(byType);
    return winner === m.type ? m : { ...m, type: winner, evidence: [...m.evidence, `article:majority-${winner}`] };
  });
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
