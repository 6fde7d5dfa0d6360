// Folds a name into a key so that spellings of one name meet: case, diacritics, hyphens and
// punctuation, the Arabic article, and a few transliteration variants (Zawahri/Zawahiri,
// Qaeda/Qaida, Sheikh/Shaykh). The rules are few on purpose: each one was checked against pairs of
// different names that must stay apart (see the unit tests). Pure and deterministic.

/** Article forms dropped when written as a prefix with a hyphen: al-Nusra, ash-Shishani, Deir ez-Zor (compared folded: adh- is ad-). */
const HYPHENATED_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ul', 'ud', 'ez', 'es']);
/** Article forms dropped also when they stand alone before another word: Al Masri, El Baradei. */
const STANDALONE_ARTICLES = new Set(['al', 'el']);

/** Letters that NFKD leaves whole but that readers treat as plain Latin letters. */
const LETTER_REPLACEMENTS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
};

/** Consonant spellings that transliterations use for one sound; none creates another's match. */
const CONSONANT_SPELLINGS: Record<string, string> = {
  ph: 'f', // Farouk / Pharouk
  ck: 'k',
  q: 'k', // Iraq / Irak, Qasim / Kasim
  kh: 'k', // Khalid / Kalid
  gh: 'g', // Ghazi / Gazi
  dh: 'd', // Dhahran / Dahran
};
const CONSONANT_PATTERN = /ph|ck|kh|gh|dh|q/g;
const VOWEL_SPELLINGS: Record<string, string> = {
  ou: 'u', // Yousef / Yusef, Abou / Abu
  oo: 'u', // Mahmood / Mahmud
  ee: 'i', // Kareem / Karim
};
const VOWEL_PATTERN = /ou|oo|ee/g;
/** Then, in this order: Qaeda / Qaida, Hussein / Husayn and Sheikh / Shaykh, Hassan / Hasan. */
const LATER_RULES: [RegExp, string][] = [
  [/ae/g, 'ai'],
  [/[ae]i/g, 'ay'],
  [/([a-z])\1+/g, '$1'],
];

const VOWEL_GROUP = /[aeiou]+/g;

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** The folded key of a name: lower-case ASCII-ish words joined by single spaces. */
export function foldName(name: string): string {
  const cached = foldCache.get(name);
  if (cached !== undefined) return cached;
  const key = foldedWords(name)
    .filter((word) => !word.article)
    .map((word) => word.key)
    .join(' ');
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(name, key);
  return key;
}

export interface FoldedWord {
  /** UTF-16 offsets of the word in the text it came from. */
  start: number;
  end: number;
  key: string;
  /** An Arabic article (al-, Al ) that the key of the whole name leaves out. */
  article: boolean;
}

/**
 * The words of a text with their folded keys and offsets: the one tokenisation behind `foldName`
 * and the scan for known names, so both always agree. Letters with dots (U.S.) make one word; a
 * possessive 's is left out of the word.
 */
export function foldedWords(text: string): FoldedWord[] {
  const words: FoldedWord[] = [];
  for (const match of text.matchAll(WORD_UNIT)) {
    let raw = match[0];
    const possessive = /['’]s$/i.exec(raw);
    if (possessive && raw.length > 2) raw = raw.slice(0, -2);
    const start = match.index;
    const key = foldWordCached(raw);
    if (key === '') continue;
    words.push({ start, end: start + raw.length, key, article: false });
  }
  markArticles(text, words);
  return words;
}

const WORD_UNIT = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‘`ʿʾʻʼ][\p{L}\p{M}\p{N}]+)*/gu;

function markArticles(text: string, words: FoldedWord[]): void {
  let kept = 0;
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index]!;
    const next = words[index + 1]!;
    const between = text.slice(word.end, next.start);
    if (/^[-‐–]$/.test(between)) word.article = HYPHENATED_ARTICLES.has(word.key);
    else if (/^[ \t\u00a0]+$/.test(between)) word.article = STANDALONE_ARTICLES.has(word.key);
  }
  for (const word of words) if (!word.article) kept++;
  // A name made only of articles keeps them: "Al" alone is somebody's name.
  if (kept === 0) for (const word of words) word.article = false;
}

const wordCache = new Map<string, string>();

function foldWordCached(raw: string): string {
  let key = wordCache.get(raw);
  if (key === undefined) {
    const plain = toPlainLowercase(raw);
    key = foldWord(/^[a-z0-9]*$/.test(plain) ? plain : plain.replace(/[^\p{L}\p{N}]/gu, ''));
    if (wordCache.size >= FOLD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(raw, key);
  }
  return key;
}

function toPlainLowercase(name: string): string {
  const lower = name.toLowerCase();
  if (/^[a-z0-9]*$/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßøæœłđðıþħ]/g, (letter) => LETTER_REPLACEMENTS[letter] ?? letter);
}

function foldWord(word: string): string {
  if (/^\d*$/.test(word)) return word;
  // Arabic script writes the article joined to its word: الظواهري is ظواهري.
  if (/^ال\p{Script=Arabic}{2,}$/u.test(word)) return word.slice(2);
  if (!/^[a-z0-9]+$/.test(word)) return word;
  let folded = word
    .replace(CONSONANT_PATTERN, (spelling) => CONSONANT_SPELLINGS[spelling] ?? spelling)
    .replace(VOWEL_PATTERN, (spelling) => VOWEL_SPELLINGS[spelling] ?? spelling);
  for (const [pattern, replacement] of LATER_RULES) folded = folded.replace(pattern, replacement);
  folded = dropMedialVowel(folded);
  if (folded.length > 3 && folded.endsWith('ah')) folded = folded.slice(0, -1); // Hamzah / Hamza
  return folded;
}

/**
 * Long words (four vowel groups or more) lose a lone medial i or e between single consonants:
 * Zawahiri → zawahri. Shorter words keep theirs, so Amir stays apart from Amr, Hamid from Hamd.
 */
function dropMedialVowel(word: string): string {
  const groups = [...word.matchAll(VOWEL_GROUP)];
  if (groups.length < 4) return word;
  for (let index = 1; index < groups.length - 1; index++) {
    const group = groups[index]!;
    if (group[0] !== 'i' && group[0] !== 'e') continue;
    const at = group.index;
    const before = word.charAt(at - 1);
    const after = word.charAt(at + 1);
    const consonant = /[b-df-hj-np-tv-z]/;
    if (consonant.test(before) && consonant.test(after)) return word.slice(0, at) + word.slice(at + 1);
  }
  return word;
}
