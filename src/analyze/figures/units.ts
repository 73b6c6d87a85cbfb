/**
 * What a figure counts: nouns grouped into units, and the verbs that make a count of people a
 * casualty count ("killed 16 people", "34 wounded").
 */
import type { Figure, FigureUnit } from '../../model.ts';

const PEOPLE = [
  'people', 'persons', 'person', 'civilians', 'civilian', 'children', 'child', 'women', 'woman', 'men', 'man',
  'residents', 'lives', 'life', 'journalists', 'journalist', 'workers', 'worker', 'contractors', 'contractor',
  'members', 'member', 'fighters', 'fighter', 'militants', 'militant', 'officers', 'officer', 'officials',
  'official', 'police', 'policemen', 'patients', 'refugees', 'migrants', 'prisoners', 'prisoner', 'detainees',
  'detainee', 'victims', 'victim', 'casualties', 'deaths', 'dead', 'bodies', 'staff', 'students', 'protesters',
  'commanders', 'commander', 'leaders', 'doctors', 'nurses', 'volunteers', 'citizens', 'nationals', 'americans',
  'american', 'families', 'infants', 'fatalities', 'babies', 'girls', 'boys', 'adults', 'voters', 'sailors', 'sailor', 'crew',
];
const TROOPS = [
  'troops', 'soldiers', 'soldier', 'servicemembers', 'servicemember', 'personnel', 'marines', 'marine',
  'forces', 'service', 'guards', 'reservists', 'paratroopers',
];
const TARGETS = ['targets', 'target', 'locations', 'location', 'sites', 'site', 'facilities', 'facility', 'positions', 'buildings', 'bases', 'base', 'depots', 'homes', 'houses', 'hospitals', 'schools'];
const MUNITIONS = [
  'munitions', 'munition', 'missiles', 'missile', 'rockets', 'rocket', 'drones', 'drone', 'bombs', 'bomb',
  'shells', 'mortars', 'weapons', 'rounds', 'warheads', 'aircraft', 'jets', 'bombers', 'warplanes', 'planes',
  'warships', 'ships', 'ship', 'vessels', 'vessel', 'tanks', 'vehicles', 'helicopters',
];
const ATTACKS = ['times', 'attacks', 'attack', 'strikes', 'strike', 'airstrikes', 'airstrike', 'blasts', 'blast', 'explosions', 'explosion', 'raids', 'raid', 'assaults', 'bombings', 'incidents', 'salvos', 'sorties'];
const HOSTAGES = ['hostages', 'hostage', 'captives', 'abductees'];
const DAYS = ['days', 'day', 'weeks', 'week', 'months', 'month', 'hours', 'hour', 'years', 'year', 'decades', 'minutes', 'seconds'];
const MONEY = ['dollars', 'dollar', 'euros', 'euro', 'pounds', 'riyals', 'dinars', 'shekels', 'yuan', 'rubles', 'roubles'];

const UNIT_OF_NOUN = new Map<string, FigureUnit>([
  ...PEOPLE.map((w) => [w, 'people'] as const),
  ...TROOPS.map((w) => [w, 'troops'] as const),
  ...TARGETS.map((w) => [w, 'targets'] as const),
  ...MUNITIONS.map((w) => [w, 'munitions'] as const),
  ...ATTACKS.map((w) => [w, 'attacks'] as const),
  ...HOSTAGES.map((w) => [w, 'hostages'] as const),
  ...DAYS.map((w) => [w, 'days'] as const),
  ...MONEY.map((w) => [w, 'money'] as const),
]);

/** Unit of a counted noun, or null when the noun is not in the lexicon. */
export function unitOfNoun(lower: string): FigureUnit | null {
  const unit = UNIT_OF_NOUN.get(lower);
  return unit ?? null;
}

/** Plural nationality words ("Palestinians", "Iraqis") count people. */
export function isPeoplePlural(text: string): boolean {
  return /^[A-Z][a-z]+(?:ians|ans|is|ese|ites|ers)$/.test(text);
}

/** Nouns that count people: a casualty verb turns their count into killed / wounded. */
export function countsPeople(unit: FigureUnit): boolean {
  return unit === 'people' || unit === 'troops' || unit === 'hostages';
}

const KILLED = /^(?:killed|kill|kills|killing|dead|died|die|slain|murdered|executed|massacred|lost)$/;
const WOUNDED = /^(?:wounded|wounding|wounds|wound|injured|injuring|injures|injure|hurt|maimed)$/;
const HOSTAGE = /^(?:abducted|kidnapped|seized|captured|held)$/;

/** The casualty unit a verb form gives a count of people, or null. */
export function casualtyUnitOfVerb(lower: string): FigureUnit | null {
  if (KILLED.test(lower)) return 'killed';
  if (WOUNDED.test(lower)) return 'wounded';
  if (HOSTAGE.test(lower)) return 'hostages';
  return null;
}

export function categoryOf(unit: FigureUnit): Figure['category'] {
  switch (unit) {
    case 'killed':
    case 'wounded':
      return 'casualties';
    case 'hostages':
      return 'hostages';
    case 'troops':
      return 'troops';
    case 'targets':
    case 'munitions':
      return 'targets';
    case 'attacks':
      return 'attacks';
    case 'money':
      return 'money';
    default:
      return 'other';
  }
}
