// Finds the library's own cards in a text by their names and aliases, compared word by word on
// folded keys (so al-Nusra, Al Nusra and AL-NUSRA all hit). One pass over the text's words with a
// map from first word to candidate names: the cost grows with the text, not with the card count.
// An organisation is also found by the core of its name, without the words that only say what kind
// of group it is, in English or Arabic: "Jabhat al-Nusra", "al-Nusra Front" and "al-Nusra" meet.
import type { KnownCard } from './types';
import { foldName, foldedWords, type FoldedWord } from './fold-name';

export interface KnownCardMatch {
  start: number;
  end: number;
  card: KnownCard;
}

interface IndexedName {
  keys: string[];
  card: KnownCard;
  /** Written all in lower case: then a lower-case one-word occurrence counts too. */
  lowerCase: boolean;
  /** The card's own name, preferred over an alias when two cards share a spelling. */
  isName: boolean;
}

/** Folded words that only say what kind of group a name is. */
const GROUP_WORDS = new Set(
  'front jabhat jabha army jaysh jaish movement harakat haraka brigade brigades liwa party hizb organization organisation tanzim battalion katibat'
    .split(' ')
    .map(foldName),
);

export class KnownCardIndex {
  private readonly byFirstKey = new Map<string, IndexedName[]>();
  private readonly byWholeKey = new Map<string, KnownCard>();
  /** Cores of organisation names that belong to one card only, by their first word. */
  private readonly byFirstCoreKey = new Map<string, IndexedName[]>();

  constructor(cards: readonly KnownCard[]) {
    for (const card of cards) {
      this.add(card, card.name, true);
      for (const alias of card.aliases) this.add(card, alias, false);
    }
    // Longest names first, then a card's own name before an alias, then by id: deterministic.
    for (const list of this.byFirstKey.values()) {
      list.sort(byPreference);
      for (const entry of list) {
        const whole = entry.keys.join(' ');
        const held = this.byWholeKey.get(whole);
        if (!held) this.byWholeKey.set(whole, entry.card);
      }
    }
    this.indexCores();
  }

  private indexCores(): void {
    const owners = new Map<string, IndexedName>();
    const shared = new Set<string>();
    for (const list of this.byFirstKey.values()) {
      for (const entry of list) {
        if (entry.card.type !== 'organization' || !entry.keys.some((key) => GROUP_WORDS.has(key))) continue;
        const core = entry.keys.filter((key) => !GROUP_WORDS.has(key));
        // A core must be distinctive: not empty, no short word, not another card's whole name.
        if (core.length === 0 || core.some((key) => key.length < 3)) continue;
        const whole = core.join(' ');
        const named = this.byWholeKey.get(whole);
        if (named && named.id !== entry.card.id) continue;
        const held = owners.get(whole);
        if (held && held.card.id !== entry.card.id) shared.add(whole);
        else if (!held) owners.set(whole, { ...entry, keys: core, lowerCase: false });
      }
    }
    for (const [whole, entry] of owners) {
      if (shared.has(whole)) continue;
      const list = this.byFirstCoreKey.get(entry.keys[0]!) ?? [];
      list.push(entry);
      this.byFirstCoreKey.set(entry.keys[0]!, list.sort(byPreference));
    }
  }

  private add(card: KnownCard, name: string, isName: boolean): void {
    const keys = foldedWords(name)
      .filter((word) => !word.article)
      .map((word) => word.key);
    if (keys.length === 0) return;
    const list = this.byFirstKey.get(keys[0]!) ?? [];
    list.push({ keys, card, lowerCase: name === name.toLowerCase(), isName });
    this.byFirstKey.set(keys[0]!, list);
  }

  /** The card a whole name folds to, by name or alias, if any. */
  cardNamed(name: string): KnownCard | null {
    return this.byWholeKey.get(foldName(name)) ?? null;
  }

  /** Non-overlapping matches, left to right, the longest name winning at each word. */
  findIn(text: string, words: readonly FoldedWord[] = foldedWords(text)): KnownCardMatch[] {
    const positions: number[] = [];
    words.forEach((word, position) => {
      if (!word.article) positions.push(position);
    });
    const content = positions.map((position) => words[position]!);
    const matches: KnownCardMatch[] = [];
    let taken = 0; // content words before this index belong to earlier matches
    for (let index = 0; index < content.length; index++) {
      const found = this.byFirstKey.get(content[index]!.key)?.find((candidate) => this.matchesAt(text, content, index, candidate));
      if (found) {
        const last = index + found.keys.length - 1;
        matches.push({ start: startWithArticle(text, words, positions[index]!), end: content[last]!.end, card: found.card });
        index = last;
        taken = last + 1;
        continue;
      }
      const core = this.byFirstCoreKey.get(content[index]!.key)?.find((candidate) => this.matchesAt(text, content, index, candidate));
      if (!core) continue;
      // Take in a group word on either side: "Jabhat al-Nusra", "al-Nusra Front".
      let first = index;
      let last = index + core.keys.length - 1;
      if (first - 1 >= taken && GROUP_WORDS.has(content[first - 1]!.key) && adjacent(text, content[first - 1]!, content[first]!)) first--;
      if (last + 1 < content.length && GROUP_WORDS.has(content[last + 1]!.key) && adjacent(text, content[last]!, content[last + 1]!)) last++;
      const start = first === index ? startWithArticle(text, words, positions[index]!) : content[first]!.start;
      // A bare one-word core needs its article (al-Nusra) to count: "Islam" alone is not Jaish al-Islam.
      const bare = first === index && last === index + core.keys.length - 1 && core.keys.length === 1;
      if (bare && start === content[index]!.start) continue;
      matches.push({ start, end: content[last]!.end, card: core.card });
      index = last;
      taken = last + 1;
    }
    return matches;
  }

  private matchesAt(text: string, content: readonly FoldedWord[], index: number, candidate: IndexedName): boolean {
    if (index + candidate.keys.length > content.length) return false;
    for (let offset = 0; offset < candidate.keys.length; offset++) {
      const word = content[index + offset]!;
      if (word.key !== candidate.keys[offset]) return false;
      if (offset > 0 && !adjacent(text, content[index + offset - 1]!, word)) return false;
    }
    // "front" in running text is not the Front; "al-nusra front" is still the Nusra Front.
    if (candidate.lowerCase || candidate.keys.length > 1) return true;
    return /\p{Lu}/u.test(text.slice(content[index]!.start, content[index]!.end));
  }
}

/** Words of one name sit next to each other: only spaces, hyphens or an article between. */
function adjacent(text: string, before: FoldedWord, after: FoldedWord): boolean {
  return /^[\s\-‐–]*(?:\p{L}{1,3}[\s\-‐–]+)?$/u.test(text.slice(before.end, after.start));
}

function byPreference(a: IndexedName, b: IndexedName): number {
  if (a.keys.length !== b.keys.length) return b.keys.length - a.keys.length;
  if (a.isName !== b.isName) return a.isName ? -1 : 1;
  return a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0;
}

/** A match that starts right after an article (al-Nusra) takes the article in: the row shows it. */
function startWithArticle(text: string, words: readonly FoldedWord[], position: number): number {
  const first = words[position]!;
  const previous = position > 0 ? words[position - 1]! : null;
  if (previous?.article && /^[\s\-‐–]$/.test(text.slice(previous.end, first.start))) return previous.start;
  return first.start;
}
