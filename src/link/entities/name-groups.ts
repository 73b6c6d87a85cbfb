/**
 * First step of resolution: every mention goes into a "name group" keyed by what it says.
 * Most names are keyed corpus-wide by their normalised form (exact rule); a bare surname is
 * keyed per article when that article introduces the full name (so "Smith" here is this
 * article's Jane Smith); nationality adjectives are keyed by their country.
 */
import type { Analysis, EntityType, Mention } from '../../model.ts';
import { countryOf, demonymOf } from '../../analyze/entities/gazetteer.ts';
import { normalizeName } from '../normalize-name.ts';

export interface MentionAt {
  /** Index of the article (analysis) in the input. */
  readonly article: number;
  /** Index of the mention in that analysis. */
  readonly index: number;
  readonly mention: Mention;
}

export interface NameGroup {
  readonly id: number;
  readonly key: string;
  readonly mentions: MentionAt[];
  /** Surface names (Mention.name) with their counts. */
  readonly names: Map<string, number>;
  /** For a nationality-adjective group, the country's common name. */
  readonly adjectiveOf?: string;
}

/** True for a nationality word used as a modifier or for one person ("Iraqi officials", "an Iraqi"). */
export function isDemonymModifier(m: Mention): boolean {
  return m.country !== undefined && !m.evidence.includes('demonym:plural');
}

/** Surname key: last word, minus an Arabic article prefix and name suffixes. */
export function surnameOf(name: string): string {
  const words = normalizeName(name)
    .split(' ')
    .filter((w) => w && !['jr', 'sr', 'ii', 'iii', 'iv'].includes(w));
  return words[words.length - 1] ?? '';
}

/** Normalised name with a leading Arabic article dropped: "al-Rashidi" → "rashidi". */
export function withoutArticle(name: string): string {
  return normalizeName(name).replace(/^(?:al|el|ad|an|as|ash|az) (?=\S+$)/, '');
}

export function isMultiWordPerson(m: Mention): boolean {
  return m.type === 'person' && normalizeName(m.name).split(' ').length >= 2 && !/^(?:al|el) \S+$/.test(normalizeName(m.name));
}

export function buildNameGroups(analyses: readonly Analysis[]): { groups: NameGroup[]; groupOf: number[][] } {
  const groups: NameGroup[] = [];
  const byKey = new Map<string, NameGroup>();
  const groupOf: number[][] = [];

  analyses.forEach((analysis, article) => {
    const surnames = new Set(analysis.mentions.filter(isMultiWordPerson).map((m) => surnameOf(m.name)));
    groupOf.push(
      analysis.mentions.map((mention, index) => {
        const key = groupKey(mention, article, surnames);
        let group = byKey.get(key);
        if (!group) {
          group = {
            id: groups.length,
            key,
            mentions: [],
            names: new Map(),
            ...(isDemonymModifier(mention) ? { adjectiveOf: mention.country! } : {}),
          };
          groups.push(group);
          byKey.set(key, group);
        }
        group.mentions.push({ article, index, mention });
        group.names.set(mention.name, (group.names.get(mention.name) ?? 0) + 1);
        return group.id;
      }),
    );
  });
  return { groups, groupOf };
}

function groupKey(m: Mention, article: number, surnames: ReadonlySet<string>): string {
  if (isDemonymModifier(m)) return `adjective|${m.country}`;
  const institution = nationalInstitutionKey(m);
  if (institution) return institution;
  const key = normalizeName(m.name);
  const oneWord = !key.includes(' ') || /^(?:al|el) \S+$/.test(key);
  if (oneWord && m.type === 'person' && surnames.has(withoutArticle(m.name))) return `article${article}|${withoutArticle(m.name)}`;
  return `name|${key}`;
}

/**
 * A mention typed only by the shape of its name (an unknown multi-word name defaults to a
 * person) is a guess; it counts a quarter of a mention typed by real evidence.
 */
export const SHAPE_ONLY_WEIGHT = 0.25;

export function voteWeight(mention: Mention): number {
  return mention.evidence.length > 0 && mention.evidence.every((e) => e.startsWith('shape:')) ? SHAPE_ONLY_WEIGHT : 1;
}

/** Weighted type votes of a group's mentions (see `voteWeight`). */
export function typeCounts(group: NameGroup): Map<EntityType, number> {
  const counts = new Map<EntityType, number>();
  for (const { mention } of group.mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + voteWeight(mention));
  return counts;
}

const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'group'];

/** The most frequent type in the counts; ties go to the earlier type in a fixed order. */
export function majorityType(counts: ReadonlyMap<EntityType, number>): EntityType {
  let best: EntityType = 'organization';
  let bestCount = 0;
  for (const type of TYPE_ORDER) {
    const n = counts.get(type) ?? 0;
    if (n > bestCount) {
      best = type;
      bestCount = n;
    }
  }
  return best;
}

/** The group's most frequent surface name (ties: longer, then alphabetical). */
export function mainName(group: NameGroup): string {
  return [...group.names.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))[0]![0];
}

/** Institution words that name a country's armed forces as a whole ("US military" = "American forces"). */
const ARMED_FORCES_WORDS: ReadonlySet<string> = new Set(['military', 'forces', 'armed forces', 'military forces']);

/**
 * A description built on a country or nationality word ("US forces", "American forces",
 * "Iraqi government") is keyed by the country and its institution words, so every spelling of
 * the country names one institution; the words for the armed forces count as one.
 */
export function nationalInstitutionKey(m: Mention): string | undefined {
  if (!m.core || m.core.type === 'person' || m.type !== 'organization') return undefined;
  const coreText = m.text.slice(m.core.start - m.start, m.core.end - m.start);
  const country = countryOf(coreText)?.country ?? demonymOf(coreText)?.country;
  if (!country) return undefined;
  const words = normalizeName(m.text.slice(m.core.end - m.start));
  return `institution|${country}|${ARMED_FORCES_WORDS.has(words) ? 'armed forces' : words}`;
}
