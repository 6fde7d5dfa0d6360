// Finds the library's own cards in a text by their names and aliases, compared word by word on
// folded keys (so al-Nusra, Al Nusra and AL-NUSRA all hit). One pass over the text's words with a
// map from first word to candidate names: the cost grows with the text, not with the card count.
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

export class KnownCardIndex {
  private readonly byFirstKey = new Map<string, IndexedName[]>();
  private readonly byWholeKey = new Map<string, KnownCard>();

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
    for (let index = 0; index < content.length; index++) {
      const candidates = this.byFirstKey.get(content[index]!.key);
      if (!candidates) continue;
      const found = candidates.find((candidate) => this.matchesAt(text, content, index, candidate));
      if (!found) continue;
      const lastWord = content[index + found.keys.length - 1]!;
      matches.push({ start: startWithArticle(text, words, positions[index]!), end: lastWord.end, card: found.card });
      index += found.keys.length - 1;
    }
    return matches;
  }

  private matchesAt(text: string, content: readonly FoldedWord[], index: number, candidate: IndexedName): boolean {
    if (index + candidate.keys.length > content.length) return false;
    for (let offset = 0; offset < candidate.keys.length; offset++) {
      const word = content[index + offset]!;
      if (word.key !== candidate.keys[offset]) return false;
      // Words of one name sit next to each other: only spaces, hyphens or an article between.
      if (offset > 0 && !/^[\s\-‐–]*(?:\p{L}{1,3}[\s\-‐–]+)?$/u.test(text.slice(content[index + offset - 1]!.end, word.start))) {
        return false;
      }
    }
    // "front" in running text is not the Front; "al-nusra front" is still the Nusra Front.
    if (candidate.lowerCase || candidate.keys.length > 1) return true;
    return /\p{Lu}/u.test(text.slice(content[index]!.start, content[index]!.end));
  }
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
