// The search-only key of a transliterated name: what the index's `keys` column holds for every
// word of titles, names and aliases (migration 8 computes it in SQL with the same steps, and a
// test holds the two together). Lower case, the consonant spellings that transliterations use for
// one sound made one (kh/k, gh/g, dh/d, ph/f, ck/k, q/k), vowels and y dropped, doubled letters
// made one: al-Zawahiri and Zawahri are both zwhr, Jolani and al-Julani jln. Only ASCII letters
// change, as SQLite's lower() and replace() do; the tokenizer folds the rest.

const CONSONANTS: [string, string][] = [
  ['kh', 'k'],
  ['gh', 'g'],
  ['dh', 'd'],
  ['ph', 'f'],
  ['ck', 'k'],
  ['q', 'k'],
];
const VOWELS = /[aeiouy]/g;

/** The key of a text, as SQL computes it (replace is not recursive: a tripled letter keeps two). */
export function searchKeyOfText(text: string): string {
  let key = text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  for (const [from, to] of CONSONANTS) key = key.split(from).join(to);
  key = key.replace(VOWELS, '');
  for (const letter of 'bcdfghjklmnprstvwxz') key = key.split(letter + letter).join(letter);
  return key;
}

/** Keys shorter than this meet too many other words to be worth searching for. */
const MIN_KEY_LENGTH = 3;
/** Words shorter than this are searched as written only. */
const MIN_WORD_LENGTH = 5;

/** The key to search for beside a typed word, or null when the word is too short to fold safely. */
export function searchKeyOfWord(word: string): string | null {
  if (word.length < MIN_WORD_LENGTH || !/^[a-z]+$/.test(word)) return null;
  const key = searchKeyOfText(word);
  return key.length >= MIN_KEY_LENGTH ? key : null;
}
