/**
 * The merge rules of entity resolution, each a pure function from name groups to links
 * (pairs of groups that name the same actor, with the rule that says so). Every rule is
 * general: it looks at the shape of names, never at particular names.
 */
import type { Analysis, Article } from '../../model.ts';
import { DROPPABLE_ORGANIZATION_SUFFIXES, DROPPABLE_PLACE_SUFFIXES, ORGANIZATION_HEADS } from '../../analyze/entities/cue-words.ts';
import { demonymOf } from '../../analyze/entities/gazetteer.ts';
import { countriesWithOfficialHead, countryOf } from '../../analyze/entities/gazetteer.ts';
import type { Link } from './union-find.ts';
import { acronymLetters, initialsOf, isSpellingVariant, normalizeName, skeletonKey } from '../normalize-name.ts';
import {
  isMultiWordPerson,
  mainName,
  majorityType,
  type NameGroup,
  surnameOf,
  typeCounts,
  withoutArticle,
} from './name-groups.ts';

/** Articles each group appears in. */
function articlesOf(group: NameGroup): Set<number> {
  return new Set(group.mentions.map((m) => m.article));
}

function isPersonGroup(group: NameGroup): boolean {
  return group.mentions.some((m) => m.mention.type === 'person');
}

function isFullPersonGroup(group: NameGroup): boolean {
  return group.mentions.some((m) => isMultiWordPerson(m.mention));
}

function words(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean);
}

/**
 * Within an article: a bare surname ("Smith", "Mr. Smith") joins the full name it shortens;
 * a shorter full form ("Jane Smith") joins a longer one with the same first and last words
 * ("Jane Q. Smith"). When several full names share the surname, the longest wins only if the
 * others are shorter forms of it; otherwise the surname stays unresolved.
 */
export function surnameLinks(groups: readonly NameGroup[]): Link[] {
  const links: Link[] = [];
  const fullByArticle = new Map<number, NameGroup[]>();
  for (const g of groups) {
    if (!isFullPersonGroup(g)) continue;
    for (const a of articlesOf(g)) (fullByArticle.get(a) ?? fullByArticle.set(a, []).get(a)!).push(g);
  }
  for (const [, fulls] of [...fullByArticle.entries()].sort((x, y) => x[0] - y[0])) {
    // Shorter full forms first join the longer ones.
    for (const short of fulls) {
      const sw = words(mainName(short));
      const longer = fulls.filter((long) => {
        const lw = words(mainName(long));
        return long !== short && lw.length > sw.length && lw[0] === sw[0] && lw.at(-1) === sw.at(-1) && sw.every((w) => lw.includes(w));
      });
      const target = longest(longer);
      if (target) links.push({ a: target.id, b: short.id, rule: 'surname' });
    }
  }
  for (const g of groups) {
    const match = /^article(\d+)\|(.+)$/.exec(g.key);
    if (!match) continue;
    const article = Number(match[1]);
    const surname = match[2]!;
    const fulls = (fullByArticle.get(article) ?? []).filter((f) => surnameOf(mainName(f)) === surname || withoutArticle(surnameOf(mainName(f))) === surname);
    const target = longest(fulls);
    if (target && fulls.every((f) => f === target || isShorterForm(mainName(f), mainName(target)))) {
      links.push({ a: target.id, b: g.id, rule: 'surname' });
    }
  }
  return links;
}

function isShorterForm(short: string, long: string): boolean {
  const sw = words(short);
  const lw = words(long);
  return sw.length < lw.length && sw[0] === lw[0] && sw.at(-1) === lw.at(-1);
}

function longest(groups: readonly NameGroup[]): NameGroup | undefined {
  return [...groups].sort((x, y) => words(mainName(y)).length - words(mainName(x)).length || x.id - y.id)[0];
}

/** "Long Name (ACR)": the acronym right after a name, in brackets, is that name's alias. */
export function definedAcronymLinks(articles: readonly Article[], analyses: readonly Analysis[], groupOf: readonly (readonly number[])[]): Link[] {
  const links: Link[] = [];
  analyses.forEach((analysis, a) => {
    const text = articles[a]?.text ?? '';
    analysis.mentions.forEach((m, j) => {
      const next = analysis.mentions[j + 1];
      if (!next || !acronymLetters(next.name) || acronymLetters(m.name)) return;
      if (!/^\s*\(\s*$/.test(text.slice(m.end, next.start)) || !/^\s*\)/.test(text.slice(next.end))) return;
      links.push({ a: groupOf[a]![j]!, b: groupOf[a]![j + 1]!, rule: 'defined-acronym' });
    });
  });
  return links;
}

/**
 * An acronym joins the one multi-word organisation or place whose initials it spells
 * (ignoring of/the/and/al…), preferring a long form from the same article.
 */
export function acronymLinks(groups: readonly NameGroup[]): Link[] {
  const byInitials = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.adjectiveOf || isPersonGroup(g)) continue;
    const name = mainName(g);
    if (acronymLetters(name) || words(name).length < 2) continue;
    const initials = initialsOf(name);
    if (initials.length >= 2) (byInitials.get(initials) ?? byInitials.set(initials, []).get(initials)!).push(g);
  }
  const links: Link[] = [];
  for (const g of groups) {
    const letters = acronymLetters(mainName(g));
    if (!letters || countryOf(mainName(g))) continue;
    const longs = byInitials.get(letters) ?? [];
    const here = longs.filter((l) => [...articlesOf(l)].some((a) => articlesOf(g).has(a)));
    const pick = here.length === 1 ? here[0] : longs.length === 1 ? longs[0] : undefined;
    if (pick) links.push({ a: pick.id, b: g.id, rule: 'acronym' });
  }
  return links;
}

/** Every name of one country (world-countries names, alternative spellings, codes) joins. */
export function countryLinks(groups: readonly NameGroup[]): Link[] {
  const byCountry = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.adjectiveOf) continue;
    const country = countryOf(mainName(g))?.country;
    if (country && majorityType(typeCounts(g)) === 'place') {
      (byCountry.get(country) ?? byCountry.set(country, []).get(country)!).push(g);
    }
  }
  // "The Islamic Republic" joins the one country with that official-name head the corpus names.
  for (const g of groups) {
    if (g.adjectiveOf || countryOf(mainName(g))) continue;
    const named = countriesWithOfficialHead(mainName(g)).filter((c) => byCountry.has(c));
    if (named.length === 1 && majorityType(typeCounts(g)) === 'place') byCountry.get(named[0]!)!.push(g);
  }
  const links: Link[] = [];
  for (const [country, members] of byCountry) {
    const root = members.find((g) => normalizeName(mainName(g)) === normalizeName(country)) ?? members[0]!;
    for (const g of members) {
      if (g === root) continue;
      const rule = initialsOf(mainName(root)) === acronymLetters(mainName(g)) ? 'acronym' : 'curated';
      links.push({ a: root.id, b: g.id, rule });
    }
  }
  return links;
}

/**
 * Spelling variants and transliterations (see `isSpellingVariant`): only between groups of the
 * same type, with ≥ 2 words or ≥ 6 letters, and never between two different countries.
 */
export function variantLinks(groups: readonly NameGroup[]): Link[] {
  const bySkeleton = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.adjectiveOf) continue;
    const name = mainName(g);
    const key = normalizeName(name);
    if (!key.includes(' ') && key.replace(/[^\p{L}]/gu, '').length < 6) continue;
    const skeleton = skeletonKey(name);
    (bySkeleton.get(skeleton) ?? bySkeleton.set(skeleton, []).get(skeleton)!).push(g);
  }
  const links: Link[] = [];
  for (const members of bySkeleton.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i]!;
        const y = members[j]!;
        if (majorityType(typeCounts(x)) !== majorityType(typeCounts(y))) continue;
        const cx = countryOf(mainName(x))?.country;
        const cy = countryOf(mainName(y))?.country;
        if (cx && cy && cx !== cy) continue;
        if (isSpellingVariant(mainName(x), mainName(y))) links.push({ a: x.id, b: y.id, rule: 'spelling-variant' });
      }
    }
  }
  return links;
}

/**
 * Across articles: a bare surname no full name explains in its own article joins the one
 * multi-word person in the corpus with that surname (never when two people share it).
 */
export function crossArticleSurnameLinks(groups: readonly NameGroup[]): Link[] {
  const fullBySurname = new Map<string, Set<string>>();
  const groupByFull = new Map<string, NameGroup>();
  for (const g of groups) {
    if (!isFullPersonGroup(g)) continue;
    const full = normalizeName(mainName(g));
    const surname = withoutArticle(surnameOf(full));
    (fullBySurname.get(surname) ?? fullBySurname.set(surname, new Set()).get(surname)!).add(full);
    const known = groupByFull.get(full);
    if (!known || g.id < known.id) groupByFull.set(full, g);
  }
  const links: Link[] = [];
  for (const g of groups) {
    if (!g.key.startsWith('name|') || !isPersonGroup(g)) continue;
    const key = g.key.slice('name|'.length);
    if (key.includes(' ') && !/^(?:al|el) \S+$/.test(key)) continue;
    const fulls = [...(fullBySurname.get(withoutArticle(key)) ?? [])];
    const target = pickFull(fulls);
    if (target) links.push({ a: groupByFull.get(target)!.id, b: g.id, rule: 'surname' });
  }
  return links;
}

/** The one full name all others are shorter forms of, if any. */
function pickFull(fulls: readonly string[]): string | undefined {
  const sorted = [...fulls].sort((x, y) => y.split(' ').length - x.split(' ').length || (x < y ? -1 : 1));
  const top = sorted[0];
  if (!top) return undefined;
  return sorted.every((f) => f === top || isShorterForm(f, top)) ? top : undefined;
}

/**
 * Across articles: a shorter full name ("Jane Roe") joins the one longer name with the same
 * first and last words ("Jane Q. Roe") when no other candidate exists.
 */
export function shortFormLinks(groups: readonly NameGroup[]): Link[] {
  const fulls = groups.filter(isFullPersonGroup);
  const links: Link[] = [];
  for (const short of fulls) {
    const name = mainName(short);
    const longer = fulls.filter((long) => long !== short && isShorterForm(name, mainName(long)));
    const names = [...new Set(longer.map((l) => normalizeName(mainName(l))))];
    const target = pickFull(names);
    const group = target ? longer.filter((l) => normalizeName(mainName(l)) === target).sort((x, y) => x.id - y.id)[0] : undefined;
    if (group) links.push({ a: group.id, b: short.id, rule: 'surname' });
  }
  return links;
}

/**
 * A name joins the same name plus words that do not change what it refers to, when both have
 * the same type: a suffix ("X" = "X News" = "X Group" for organisations, "X" = "X Strip" for
 * places) and, for an organisation whose remaining name has no generic head word, a leading
 * nationality word ("Zorban X Brigades" = "X"). "Foreign Ministry" is never the base of
 * "Zorban Foreign Ministry": a generic head means the nationality word is what tells them apart.
 */
export function droppedSuffixLinks(groups: readonly NameGroup[]): Link[] {
  const byKey = new Map<string, NameGroup>();
  for (const g of groups) if (g.key.startsWith('name|') && !byKey.has(g.key)) byKey.set(g.key, g);
  const links: Link[] = [];
  for (const g of groups) {
    if (!g.key.startsWith('name|')) continue;
    const type = majorityType(typeCounts(g));
    const droppable = type === 'place' ? DROPPABLE_PLACE_SUFFIXES : type === 'organization' ? DROPPABLE_ORGANIZATION_SUFFIXES : undefined;
    if (!droppable) continue;
    const words = g.key.slice('name|'.length).split(' ');
    const bases: string[][] = [];
    const last = words[words.length - 1] ?? '';
    const withoutSuffix = words.length > 1 && droppable.has(last) ? words.slice(0, -1) : null;
    if (withoutSuffix) bases.push(withoutSuffix);
    if (type === 'organization' && words.length > 2 && isNationalityWord(words[0] ?? '')) {
      for (const rest of [words.slice(1), withoutSuffix?.slice(1)]) {
        if (rest && rest.length >= 2 && !rest.some((w) => ORGANIZATION_HEADS.has(w))) bases.push(rest);
      }
    }
    for (const baseWords of bases) {
      // The base may be spelled differently ("Zoraeb X Brigades" → "Zoraib X").
      const base = byKey.get(`name|${baseWords.join(' ')}`) ?? variantOf(baseWords.join(' '), byKey);
      if (base && base !== g && majorityType(typeCounts(base)) === type) {
        links.push({ a: g.id, b: base.id, rule: 'spelling-variant' });
        break;
      }
    }
  }
  return links;
}

/** The first name group whose name is a spelling variant of `name` (see `isSpellingVariant`). */
function variantOf(name: string, byKey: ReadonlyMap<string, NameGroup>): NameGroup | undefined {
  const skeleton = skeletonKey(name);
  for (const [key, g] of byKey) {
    const other = key.slice('name|'.length);
    if (skeletonKey(other) === skeleton && isSpellingVariant(name, other)) return g;
  }
  return undefined;
}

/** A group's singular ("Zorbi fighters") joins its plural ("the Zorbis"). */
export function groupSingularLinks(groups: readonly NameGroup[]): Link[] {
  const byKey = new Map(groups.filter((g) => g.key.startsWith('name|')).map((g) => [g.key, g]));
  const links: Link[] = [];
  for (const g of groups) {
    if (majorityType(typeCounts(g)) !== 'group' || g.adjectiveOf || !g.key.endsWith('s')) continue;
    const singular = byKey.get(g.key.slice(0, -1));
    if (singular && singular !== g) links.push({ a: g.id, b: singular.id, rule: 'spelling-variant' });
  }
  return links;
}

/**
 * A nationality adjective ("Iraqi officials") joins its country when the corpus names the
 * country; otherwise the plural people-group ("Iraqis") when there is one; otherwise it stands
 * for the country alone (see `resolveEntities`).
 */
export function demonymLinks(groups: readonly NameGroup[]): Link[] {
  const countryGroups = new Map<string, NameGroup>();
  const peopleGroups = new Map<string, NameGroup>();
  for (const g of groups) {
    if (g.adjectiveOf) continue;
    const country = countryOf(mainName(g))?.country;
    if (country && majorityType(typeCounts(g)) === 'place' && !countryGroups.has(country)) countryGroups.set(country, g);
    const people = g.mentions.find((m) => m.mention.country !== undefined)?.mention.country;
    if (people && !peopleGroups.has(people)) peopleGroups.set(people, g);
  }
  const links: Link[] = [];
  for (const g of groups) {
    if (!g.adjectiveOf) continue;
    const target = countryGroups.get(g.adjectiveOf) ?? peopleGroups.get(g.adjectiveOf);
    if (target) links.push({ a: target.id, b: g.id, rule: 'demonym' });
  }
  return links;
}

/** The country each plural people-group belongs to, by group id. */
export function countryGroupsOfPeople(groups: readonly NameGroup[]): Map<number, number> {
  const countryGroups = new Map<string, number>();
  for (const g of groups) {
    if (g.adjectiveOf) continue;
    const country = countryOf(mainName(g))?.country;
    if (country && majorityType(typeCounts(g)) === 'place' && !countryGroups.has(country)) countryGroups.set(country, g.id);
  }
  const out = new Map<number, number>();
  for (const g of groups) {
    const people = g.mentions.find((m) => m.mention.evidence.includes('demonym:plural'))?.mention.country;
    const target = people ? countryGroups.get(people) : undefined;
    if (target !== undefined) out.set(g.id, target);
  }
  return out;
}

function isNationalityWord(word: string): boolean {
  return word !== '' && demonymOf(word.charAt(0).toUpperCase() + word.slice(1)) !== undefined;
}
