// Whether a capitalised span is shaped like a person's name, from the name lists and the shape of
// its words alone (the context is classify-span's business).
import type { WordToken } from './tokenize';
import type { Lexicon } from './lexicon';
import { foldName } from './fold-name';
import { NAME_PARTICLES } from './cue-words';

const GENERATIONAL = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;
const INITIAL = /^\p{Lu}\.?$/u;

/** First name + more, a surname from the list, initials, Jr., or an Arabic al- name. */
export function looksLikePersonName(words: readonly WordToken[], lexicon: Lexicon): boolean {
  if (words.length > 4) return false;
  const first = foldName(words[0]!.text);
  const lastWord = words.at(-1)!;
  const last = foldName(lastWord.text);
  const common = (word: WordToken) => lexicon.commonWords.has(word.lower);
  if (words[0]!.allCaps && words[0]!.text.length > 2) return false; // MAC East, not Mac East
  // Gene Wolfe and Will Smith, but not Best International Newcomer or Black Pepper.
  const plausibleSurname = !common(lastWord) || lexicon.lastNames.has(last);
  if (lexicon.firstNames.has(first) && !lexicon.places.has(first) && plausibleSurname) return true;
  if (lexicon.lastNames.has(last) && !common(lastWord) && !common(words[0]!)) return true;
  if (words.some((word, index) => index > 0 && (INITIAL.test(word.text) || GENERATIONAL.test(word.text)))) return true;
  if (words.some((word, index) => index > 0 && /^(?:al|el)[-‐]/i.test(word.text))) return true;
  // Osama bin Laden, Ludwig van Beethoven: a lower-case particle between capitalised words.
  if (words.some((word, index) => index > 0 && index < words.length - 1 && NAME_PARTICLES.has(word.text))) return true;
  return false;
}
