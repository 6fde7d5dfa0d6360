// Folds a name into a key so that spellings of one name meet: case, diacritics, hyphens and
// punctuation, the Arabic article, and a few transliteration variants (Zawahri/Zawahiri,
// Qaeda/Qaida, Sheikh/Shaykh). The rules are few on purpose: each one was checked against pairs of
// different names that must stay apart (see the unit tests). Pure and deterministic.

/** Article forms dropped when written as a prefix with a hyphen: al-Nusra, ash-Shishani, el-Sisi. */
const HYPHENATED_ARTICLES = new Set(['al', 'el', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ul', 'ud']);
/** Article forms dropped also when they stand alone before another word: Al Masri, El Baradei. */
const STANDALONE_ARTICLES = new Set(['al', 'el']);

/** Letters that NFKD leaves whole but that readers treat as plain Latin letters. */
const LETTER_REPLACEMENTS: Record<string, string> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', ı: 'i', þ: 'th', ħ: 'h',
};

/** Ordered: digraphs first, then vowel spellings; each pair names the variants it merges. */
const SPELLING_RULES: [RegExp, string][] = [
  [/ph/g, 'f'], // Farouk / Pharouk
  [/ck/g, 'k'],
  [/q/g, 'k'], // Iraq / Irak, Qasim / Kasim
  [/kh/g, 'k'], // Khalid / Kalid
  [/gh/g, 'g'], // Ghazi / Gazi
  [/dh/g, 'd'], // Dhahran / Dahran
  [/ou/g, 'u'], // Yousef / Yusef, Abou / Abu
  [/oo/g, 'u'], // Mahmood / Mahmud
  [/ee/g, 'i'], // Kareem / Karim
  [/ae/g, 'ai'], // Qaeda / Qaida
  [/[ae]i/g, 'ay'], // Hussein / Husayn, Sheikh / Shaykh, Qaida → kayda
  [/([a-z])\1+/g, '$1'], // Hassan / Hasan, Mohammed / Mohamed
];

const VOWEL_GROUP = /[aeiou]+/g;

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** The folded key of a name: lower-case ASCII-ish words joined by single spaces. */
export function foldName(name: string): string {
  const cached = foldCache.get(name);
  if (cached !== undefined) return cached;
  const key = computeFold(name);
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(name, key);
  return key;
}

/** True when both names are non-empty and fold to the same key. */
export function namesMatch(a: string, b: string): boolean {
  const keyA = foldName(a);
  return keyA !== '' && keyA === foldName(b);
}

function computeFold(name: string): string {
  const plain = toPlainLowercase(name);
  const words: { text: string; hyphenAfter: boolean }[] = [];
  for (const match of plain.matchAll(/[\p{L}\p{N}]+/gu)) {
    const after = plain.charAt(match.index + match[0].length);
    words.push({ text: match[0], hyphenAfter: after === '-' || after === '‐' || after === '–' });
  }
  const kept = words.filter((word, index) => !isArticle(word, index, words.length));
  const chosen = kept.length > 0 ? kept : words;
  return chosen.map((word) => foldWord(word.text)).join(' ');
}

function isArticle(word: { text: string; hyphenAfter: boolean }, index: number, count: number): boolean {
  if (index === count - 1) return false; // an article names what follows it
  if (word.hyphenAfter) return HYPHENATED_ARTICLES.has(word.text);
  return STANDALONE_ARTICLES.has(word.text);
}

function toPlainLowercase(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßøæœłđðıþħ]/g, (letter) => LETTER_REPLACEMENTS[letter] ?? letter)
    // Apostrophes and the ayn/hamza marks sit inside a word: O'Neal, Ma'arrat, Shi'ite.
    .replace(/['’‘`ʿʾʻʼ]/g, '');
}

function foldWord(word: string): string {
  if (/^\d+$/.test(word)) return word;
  let folded = word;
  for (const [pattern, replacement] of SPELLING_RULES) folded = folded.replace(pattern, replacement);
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
