// The shipped gazetteers (resources/gazetteers, built from permissively licensed packages) as sets
// of folded keys, built once on first use so that importing this module costs nothing.
import places from '../../resources/gazetteers/places.json';
import people from '../../resources/gazetteers/people.json';
import organizations from '../../resources/gazetteers/organizations.json';
import commonWords from '../../resources/gazetteers/common-words.json';
import { foldName } from './fold-name';
import { EXTRA_PLACES, EXTRA_ORGANIZATIONS, EXTRA_DEMONYMS, EXTRA_FIRST_NAMES } from './extra-names';

export interface Lexicon {
  countries: Set<string>;
  places: Set<string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  people: Set<string>;
  organizations: Set<string>;
  demonyms: Set<string>;
  /** Lower-case English words (not folded): a capitalised one may just start a sentence. */
  commonWords: Set<string>;
  /** The longest multi-word gazetteer entry, in words. */
  longestEntryWords: number;
}

let lexicon: Lexicon | null = null;

export function getLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

function buildLexicon(): Lexicon {
  const folded = (names: readonly string[]) => new Set(names.map(foldName).filter((key) => key !== ''));
  const built: Lexicon = {
    countries: folded(places.countries),
    places: folded([...places.countries, ...places.regions, ...places.cities, ...EXTRA_PLACES]),
    firstNames: folded([...people.firstNames, ...EXTRA_FIRST_NAMES]),
    lastNames: folded(people.lastNames),
    people: folded(people.people),
    organizations: folded([...organizations.organizations, ...EXTRA_ORGANIZATIONS]),
    demonyms: new Set([...places.demonyms, ...EXTRA_DEMONYMS].map((word) => word.toLowerCase())),
    commonWords: new Set(commonWords.words),
    longestEntryWords: 1,
  };
  for (const set of [built.places, built.people, built.organizations]) {
    for (const key of set) built.longestEntryWords = Math.max(built.longestEntryWords, key.split(' ').length);
  }
  return built;
}
