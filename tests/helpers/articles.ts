// Deterministic made-up article text for tests that need realistic lengths without corpus files.
import { seededRandom } from './seeded-random';
const SYLLABLES = ['ka', 'ro', 'mi', 'tesh', 'al', 'dun', 'vor', 'li', 'sa', 'bel', 'nur', 'o', 'qa', 'ze', 'im', 'pra'];

/** `count` words in sentences and paragraphs; the same seed gives the same text. */
export function articleWords(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const syllables = 1 + Math.floor(random() * 3);
    return Array.from({ length: syllables }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
  });
}

export function articleText(words: readonly string[]): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < words.length; i += 60) paragraphs.push(`${words.slice(i, i + 60).join(' ')}.`);
  return paragraphs.join('\n\n');
}

/** A short made-up report naming a person, two groups (one by an alias it defines) and a place twice. */
export const PLEDGE_ARTICLE = [
  'Fighters pledge allegiance in Albu Kamal',
  '',
  'Abu Bakr al-Baghdadi addressed fighters of the Islamic State in Albu Kamal on Friday, according to two residents.',
  '',
  'ISIS – an acronym for the Islamic State of Iraq and the Levant – has held the border town since the spring. Local tribal leaders pledged allegiance to the group.',
].join('\n');
