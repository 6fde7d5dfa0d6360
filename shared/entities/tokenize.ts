// Splits text into word tokens with UTF-16 offsets and the few facts the recogniser needs:
// capitalisation, sentence starts, possessives and abbreviation dots.

export interface WordToken {
  /** The word as it appears, without a possessive 's, with an abbreviation's dot. */
  text: string;
  start: number;
  end: number;
  /** Lower-case, without a trailing dot. */
  lower: string;
  /** The raw text between the previous token (its possessive included) and this one. */
  gapBefore: string;
  /** The word was followed by 's or ’s (cut off from `text`). */
  possessive: boolean;
  /** First word of a sentence, a line or the text: its capital letter says little. */
  sentenceStart: boolean;
  /** Capitalised like a name: Syria, ISIS, al-Nusra, Al-Qaim, 3AW. */
  capitalised: boolean;
  /** Two or more letters, all upper-case: ISIS, AFP, U.S. */
  allCaps: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const POSSESSIVE = /['’]s$/i;
const LETTER_DOTS = /^(?:\p{L}\.)*\p{L}$/u;
/** Short words that take a dot without ending the sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev fr st mt ft jr sr
   inc ltd co corp bros dept univ no vs etc ave blvd rd fl esq hon pres messrs mme mlle`.split(/\s+/),
);
/** After an abbreviation's dot, these words show that a new sentence began: "… Ltd. The firm". */
const SENTENCE_OPENERS = new Set('the a an in on at he she it they we this that these there his her its their but and after when while'.split(' '));
const ARTICLE_PREFIX = /^(?:al|el|ad|adh|ar|as|ash|at|ath|az|an|ul|ud)[-‐]\p{Lu}/u;

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    let possessive = false;
    if (POSSESSIVE.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    if (!possessive && text.charAt(start + word.length) === '.' && takesDot(word)) word += '.';
    const end = start + word.length;
    const suffixEnd = possessive ? end + 2 : end;
    const gapBefore = text.slice(previousEnd, start);
    const previous = tokens.at(-1);
    const capitalised = isCapitalised(word);
    tokens.push({
      text: word,
      start,
      end,
      lower: word.replace(/\.$/, '').toLowerCase(),
      gapBefore,
      possessive,
      sentenceStart: previous === undefined || endsSentence(gapBefore) || (previous.text.endsWith('.') && SENTENCE_OPENERS.has(word.toLowerCase())),
      capitalised,
      allCaps: capitalised && isAllCaps(word),
    });
    previousEnd = suffixEnd;
  }
  return tokens;
}

function takesDot(word: string): boolean {
  return LETTER_DOTS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

function endsSentence(gap: string): boolean {
  return /[.!?\n]/.test(gap);
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  if (/\p{Lu}/u.test(first)) {
    // British-based, Shia-led: a capitalised word joined to a lower-case one describes, it does not name.
    const parts = word.split(/[-‐]/);
    return parts.slice(1).every((part) => !/^\p{Ll}/u.test(part) || /^(?:on|upon|de|la|le|sur|en|am|im|al|el|ul|ud)$/.test(part));
  }
  if (/\p{N}/u.test(first)) return /\p{Lu}/u.test(word) && !/^\d+(?:st|nd|rd|th|s)$/i.test(word);
  return ARTICLE_PREFIX.test(word);
}

function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
