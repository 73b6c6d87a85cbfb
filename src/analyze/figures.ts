/**
 * Numeric claims: numbers with what they count (killed, wounded, hostages, troops, targets,
 * munitions, attacks, money, people) and their qualifier ("more than 85 targets"). Written
 * numbers count ("three US soldiers"); years, dates, clock times, ordinals, model numbers and
 * calibres do not. Ages ("Lee, 46,") are kept with the unit `age` so they are not taken for counts.
 */
import type { Figure, FigureQualifier, FigureUnit, Sentence } from '../model.ts';
import { readAmount, type Amount } from './figures/amounts.ts';
import { countedNoun, type CountedNoun } from './figures/counted-noun.ts';
import { qualifierBefore } from './figures/qualifier.ts';
import { casualtyUnitOfVerb, categoryOf, countsPeople, unitOfNoun } from './figures/units.ts';
import { splitWords, type Word } from './figures/words.ts';

export function findFigures(text: string, sentences: readonly Sentence[]): Figure[] {
  return sentences.flatMap((s, index) => figuresInSentence(text, splitWords(text, s.start, s.end), index));
}

interface Draft {
  readonly first: number;
  readonly last: number;
  readonly value: number | null;
  readonly unit: FigureUnit;
  /** Index of the counted noun, when there is one. */
  readonly noun?: number;
  readonly qualifier: FigureQualifier | null;
}

function figuresInSentence(text: string, words: readonly Word[], sentence: number): Figure[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const amount = readAmount(words, i);
    const draft = amount ? figureOf(words, amount, drafts.at(-1)) : (zeroCount(words, i) ?? sameNumber(words, i, drafts.at(-1)));
    if (!draft) continue;
    drafts.push(draft);
    i = Math.max(i, draft.noun ?? draft.last);
  }
  drafts.push(...singulars(words, drafts));
  drafts.sort((a, b) => a.first - b.first);
  return drafts.map((d) => toFigure(text, words, d, sentence));
}

function figureOf(words: readonly Word[], amount: Amount, previous: Draft | undefined): Draft | null {
  const found = qualifierBefore(words, amount.first);
  const qualifier = amount.vague ?? found?.qualifier ?? null;
  const base = { first: amount.first, last: amount.last, value: amount.value, qualifier };
  if (amount.unit === 'age' || isAge(words, amount)) return { ...base, unit: 'age' };
  if (amount.unit === 'days' && words[amount.first - 1]?.lower !== 'of' && /^\d+$/.test(words[amount.first]!.text)) return null;
  if (amount.unit && amount.unit !== 'days') return { ...base, unit: amount.unit, ...nounAfter(words, amount) };
  if (amount.unit === 'days') return { ...base, unit: 'days' };

  const noun = countedNoun(words, amount.last + 1) ?? nounAfterOf(words, amount.last + 1);
  if (noun && !(amount.yearLike && noun.unit === 'count')) {
    if (noun.unit === 'days' && !isDurationCount(words, amount)) return null;
    // Any plural noun that is killed or wounded counts people ("12 villagers were killed").
    const around = countsPeople(noun.unit) || noun.unit === 'count' ? casualtyAround(words, found?.first ?? amount.first, noun.index) : null;
    const casualty = noun.unit === 'count' && around === 'hostages' ? null : around;
    // "one official", "one of the leaders": a lone "one" counts only in a casualty clause.
    if (words[amount.first]!.lower === 'one' && !casualty) return null;
    const unit = casualty ?? (countsPeople(noun.unit)
      ? (casualty ?? (DEATH_NOUNS.has(words[noun.index]!.lower) ? 'killed' : noun.unit))
      : noun.unit === 'attacks' || words[noun.index]!.lower !== 'times' ? noun.unit : timesUnit(words, amount.first));
    return { ...base, unit, noun: noun.index };
  }
  if (amount.yearLike) return null;
  // "a population of two million".
  if (words[amount.first - 1]?.lower === 'of' && words[amount.first - 2]?.lower === 'population') return { ...base, unit: 'people' };
  // A bare "one" is a pronoun far more often than a count ("one of the leaders").
  if (words[amount.first]!.lower === 'one') return null;
  // "three US service personnel were killed and 34 wounded".
  const verb = casualtyUnitOfVerb(words[amount.last + 1]?.lower ?? '') ?? (words[amount.last + 1]?.lower === 'taken' && words[amount.last + 2]?.lower === 'hostage' ? 'hostages' : null);
  if (verb && previous) return { ...base, unit: verb, noun: previous.noun };
  // An elided noun: "four locations in Syria, and three in Iraq"; "9,000 of them".
  if (previous && previous.noun !== undefined && endsPhrase(words, amount.last + 1)) return { ...base, unit: previous.unit, noun: previous.noun };
  return null;
}

/** "half a dozen of their members": the noun after "of" and a determiner. */
function nounAfterOf(words: readonly Word[], k: number): CountedNoun | null {
  if (words[k]?.lower !== 'of' || !/^(?:the|their|its|his|her|our|those|these)$/.test(words[k + 1]?.lower ?? '')) return null;
  const noun = countedNoun(words, k + 2);
  return noun && noun.unit !== 'count' ? noun : null;
}

/** Nouns that are themselves a death toll: "cost 300 lives", "40 deaths". */
const DEATH_NOUNS = new Set(['lives', 'deaths', 'dead', 'fatalities']);

/** "attacked the bases more than 160 times": a count of attacks; other "N times" are plain counts. */
function timesUnit(words: readonly Word[], first: number): FigureUnit {
  for (let k = first - 1; k >= Math.max(0, first - 8); k--) {
    if (/^(?:attack|strik|struck|hit|target|shell|bomb|raid)/.test(words[k]!.lower)) return 'attacks';
  }
  return 'count';
}

/** A duration counts as a figure only as a length of something: "a phase of 40 days". */
function isDurationCount(words: readonly Word[], amount: Amount): boolean {
  return words[amount.first - 1]?.lower === 'of';
}

/** "Lee, 46, of Dayton": a number between commas right after a capitalised name. */
function isAge(words: readonly Word[], amount: Amount): boolean {
  if (amount.written || amount.first !== amount.last || (amount.value ?? 0) > 120) return false;
  const before = words[amount.first - 1]?.text;
  const name = words[amount.first - 2]?.text ?? '';
  const after = words[amount.last + 1]?.text ?? '';
  if (words[amount.first - 1]?.lower === 'aged') return true;
  return before === ',' && /^[A-Z]/.test(name) && /^(?:[,;.)–—-]|)$/.test(after);
}

const PHRASE_ENDERS = new Set(['in', 'on', 'at', 'from', 'of', 'he', 'she', 'they', 'we', 'it', 'were', 'was', 'had', 'have', 'more', 'each', 'apiece', 'others']);

function endsPhrase(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return !w || /^[^A-Za-z\d]$/.test(w.text) || PHRASE_ENDERS.has(w.lower);
}

/**
 * The casualty verb that governs a count of people: before the amount ("killed more than 40
 * people", "has killed 30") or after the noun ("three soldiers were killed", "12 people died").
 */
function casualtyAround(words: readonly Word[], amountFirst: number, nounIndex: number): FigureUnit | null {
  for (let k = amountFirst - 1; k >= Math.max(0, amountFirst - 3); k--) {
    const unit = casualtyUnitOfVerb(words[k]!.lower);
    if (unit) return unit;
    if (!/^(?:have|has|had|been|also|and|who|which|that|reportedly|now)$/.test(words[k]!.lower) && qualifierWord(words[k]!.lower) === false) break;
  }
  for (let k = nounIndex + 1; k <= nounIndex + 4 && k < words.length; k++) {
    const w = words[k]!.lower;
    if (w === 'taken' && words[k + 1]?.lower === 'hostage') return 'hostages';
    // "lost" after the noun is mostly not about lives ("people lost power").
    const unit = w === 'lost' ? null : casualtyUnitOfVerb(w);
    if (unit) return unit;
    if (!/^(?:were|was|have|has|had|been|be|are|is|reportedly|also|later|all|who|allegedly)$/.test(w)) break;
  }
  return null;
}

const qualifierWord = (w: string): boolean => /^(?:more|than|at|least|about|around|over|nearly|almost|up|to|some|~|the|an|estimated)$/.test(w);

function nounAfter(words: readonly Word[], amount: Amount): { noun?: number } {
  const noun = countedNoun(words, amount.last + 1);
  return noun ? { noun: noun.index } : {};
}

/** "No one was injured", "nobody was killed": a count of zero. */
function zeroCount(words: readonly Word[], i: number): Draft | null {
  const w = words[i]!.lower;
  const nobody = w === 'nobody' || w === 'none' || (w === 'no' && words[i + 1]?.lower === 'one');
  if (!nobody) return null;
  const last = w === 'no' ? i + 1 : i;
  for (let k = last + 1; k <= last + 3 && k < words.length; k++) {
    const unit = casualtyUnitOfVerb(words[k]!.lower);
    if (unit) return { first: i, last, value: 0, unit, qualifier: null };
  }
  return null;
}

/** "killed 10,000 fighters and wounded the same number": the earlier value again. */
function sameNumber(words: readonly Word[], i: number, previous: Draft | undefined): Draft | null {
  if (!previous || words[i]!.lower !== 'the' || words[i + 1]?.lower !== 'same' || words[i + 2]?.lower !== 'number') return null;
  const unit = casualtyUnitOfVerb(words[i - 1]?.lower ?? '');
  return unit ? { first: i, last: i + 2, value: previous.value, unit, noun: previous.noun, qualifier: previous.qualifier } : null;
}

/**
 * "a Zorbi missile" counts one only where the text counts: next to another figure ("three
 * drones and a missile", "a soldier and several contractors were killed") or as the object of
 * a casualty verb ("killed an American contractor").
 */
function singulars(words: readonly Word[], drafts: readonly Draft[]): Draft[] {
  const found: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.lower;
    if (w !== 'a' && w !== 'an') continue;
    if (drafts.some((d) => d.first <= i && i <= d.last)) continue;
    let noun = -1;
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      if (/^[^A-Za-z]$/.test(words[k]!.text)) break;
      const unit = unitOfNoun(words[k]!.lower);
      // The noun itself is lower case; capitalised words before it are nationalities and names.
      if (unit && /^[a-z]/.test(words[k]!.text) && !/s$/.test(words[k]!.lower) && unit !== 'days' && unit !== 'money') {
        noun = k;
        break;
      }
    }
    if (noun < 0) continue;
    const unit = unitOfNoun(words[noun]!.lower)!;
    const afterPrevious = drafts.some((d) => d.noun === i - 2 && words[i - 1]?.lower === 'and');
    const beforeNext = drafts.find((d) => words[noun + 1]?.lower === 'and' && (d.first === noun + 2 || qualifierBefore(words, d.first)?.first === noun + 2));
    const verb = casualtyUnitOfVerb(words[i - 1]?.lower ?? '');
    if (verb && countsPeople(unit)) found.push({ first: i, last: i, value: 1, unit: verb, noun, qualifier: null });
    else if (beforeNext) found.push({ first: i, last: i, value: 1, unit: countsPeople(unit) && !countsPeople(beforeNext.unit) ? beforeNext.unit : unit, noun, qualifier: null });
    else if (afterPrevious) found.push({ first: i, last: i, value: 1, unit, noun, qualifier: null });
  }
  return found;
}

function toFigure(text: string, words: readonly Word[], d: Draft, sentence: number): Figure {
  // A closing "of" ("dozens of") is not part of the number.
  const last = words[d.last]!.lower === 'of' && d.last > d.first ? d.last - 1 : d.last;
  const start = words[d.first]!.start;
  const end = words[last]!.end;
  const noun = d.noun !== undefined ? words[d.noun]?.text : undefined;
  return {
    start,
    end,
    text: text.slice(start, end),
    value: d.value,
    unit: d.unit,
    ...(noun ? { noun } : {}),
    qualifier: d.qualifier,
    sentence,
    category: categoryOf(d.unit),
  };
}
