// Deterministic pseudo-random strings for the anchoring tests, so failures reproduce.
export { seededRandom } from '../../helpers/seeded-random';

export function randomString(random: () => number, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

const WORDS = (
  'the minister said army forces province border talks ceasefire group leader statement council ' +
  'attack convoy city officials report according sources security northern southern regional ' +
  'agreement government week fighters control roads village camp aid river bridge election'
).split(' ');

/** English-like prose: sentences of random words, so quotes and contexts look like real text. */
export function randomProse(random: () => number, wordCount: number): string {
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    let word = WORDS[Math.floor(random() * WORDS.length)]!;
    if (i === 0 || words[i - 1]!.endsWith('.')) word = word[0]!.toUpperCase() + word.slice(1);
    if (random() < 0.08) word += '.';
    else if (random() < 0.05) word += ',';
    words.push(word);
  }
  return `${words.join(' ')}.`;
}
