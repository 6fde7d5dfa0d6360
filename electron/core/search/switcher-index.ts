// The quick switcher's in-memory shortlist. Fuse.js ranks exact substrings first (shortest fields
// first, by its field norm), then matches with few errors; ties keep list order. So every switcher
// item (about 130,000 short strings in a 100k library) is held in memory with trigram → item
// postings in typed arrays; a query scores items by shared trigrams (a typo loses only the few
// trigrams it touches), computes Fuse's score for the best of them (edit distance as its bitap counts it), and hands Fuse the top few
// hundred in the same order plain Fuse would see them, so its ties break the same way.
// Writes do not rebuild it: a changed item is marked removed and added again after the built ones,
// with its own small postings, until so many were added that building again is due.
import type { SwitcherCandidate } from '../../../shared/search/switcher-fuse';
import { SWITCHER_FUSE_OPTIONS } from '../../../shared/search/switcher-fuse';
import { substringDistance } from './fuzzy-distance';

/** Items whose Fuse score is computed: the most shared trigrams, shortest titles first. */
const POOL = 1000;
const TITLE_WEIGHT = 2 / 3;
const ALIAS_WEIGHT = 1 / 3;
/** Fuse.js scores an exact match as Number.EPSILON; its log, for comparing scores. */
const LOG_EXACT = Math.log(Number.EPSILON);
/** More errors per typed letter than this and Fuse.js drops the key. */
const THRESHOLD = SWITCHER_FUSE_OPTIONS.threshold ?? 0.6;
/** Room for items added after the build: a tenth of the built ones, at least this many. */
const MIN_SPARE = 2000;

/** A switcher item as the index holds it. */
export interface IndexedItem extends SwitcherCandidate {
  /** Unique per item: what a later change names to replace or remove it. */
  key: string;
}

export interface SwitcherIndex {
  /** Items held (removed ones not counted). */
  readonly size: number;
  /** Up to `size` candidates for `query`, holding what plain Fuse.js would rank first, in list order. */
  shortlist(query: string, size: number): SwitcherCandidate[];
  /** Adds `item`, replacing the one with its key; false when the spare room is used up (build again). */
  put(item: IndexedItem): boolean;
  remove(key: string): void;
  has(key: string): boolean;
}

/** The best score Fuse.js could give an item missing `missing` of a query's trigrams (each key's norm at most 1). */
function bestPossible(missing: number, length: number): number {
  const errors = Math.ceil(missing / 3);
  if (errors / length > THRESHOLD) return Infinity;
  return (TITLE_WEIGHT + ALIAS_WEIGHT) * (errors === 0 ? LOG_EXACT : Math.log(errors / length));
}

/** Fuse.js's field norm: 1 / √(words), to three decimals. */
function fieldNorm(text: string): number {
  const words = text.split(/[\t-\r \u00a0]+/).filter((word) => word !== '').length || 1;
  return Math.round(1000 / Math.sqrt(words)) / 1000;
}

/** Each distinct trigram of `text` (lower-cased as Fuse does), as a number: three UTF-16 units. */
function trigramCodes(text: string, into: Set<number>): Set<number> {
  for (let index = 0; index + 3 <= text.length; index++)
    into.add(text.charCodeAt(index) * 4_294_967_296 + text.charCodeAt(index + 1) * 65_536 + text.charCodeAt(index + 2));
  return into;
}

interface Postings {
  gramIds: Map<number, number>;
  offsets: Uint32Array;
  items: Uint32Array;
}

/** Two passes (count, then fill) so the postings land in typed arrays without per-gram arrays. */
function buildPostings(titles: string[], aliases: string[]): Postings {
  const gramIds = new Map<number, number>();
  const counts: number[] = [];
  const grams = new Set<number>();
  const gramsOf = (index: number) => {
    grams.clear();
    return trigramCodes(aliases[index]!, trigramCodes(titles[index]!, grams));
  };
  for (let index = 0; index < titles.length; index++)
    for (const code of gramsOf(index)) {
      let id = gramIds.get(code);
      if (id === undefined) gramIds.set(code, (id = counts.push(0) - 1));
      counts[id]!++;
    }
  const offsets = new Uint32Array(counts.length + 1);
  for (let id = 0; id < counts.length; id++) offsets[id + 1] = offsets[id]! + counts[id]!;
  const items = new Uint32Array(offsets[counts.length]!);
  const filled = offsets.slice(0, counts.length);
  for (let index = 0; index < titles.length; index++) for (const code of gramsOf(index)) items[filled[gramIds.get(code)!]!++] = index;
  return { gramIds, offsets, items };
}

/** The items' fields, lower-cased and normed, in arrays with room for `capacity` items. */
function itemTable(built: IndexedItem[], capacity: number) {
  const table = {
    items: built.slice(),
    titles: built.map((item) => item.title.toLowerCase()),
    aliases: built.map((item) => item.aliases.toLowerCase()),
    titleNorms: new Float64Array(capacity),
    aliasNorms: new Float64Array(capacity),
    order: new Float64Array(capacity),
    removed: new Uint8Array(capacity),
    keys: new Map<string, number>(),
  };
  built.forEach((item, index) => {
    table.titleNorms[index] = fieldNorm(item.title);
    table.aliasNorms[index] = fieldNorm(item.aliases);
    table.order[index] = index;
    table.keys.set(item.key, index);
  });
  return table;
}

/**
 * The index of `built`, in plain Fuse's list order: an item put again later keeps its place in that
 * order (Fuse breaks ties by it), a new one goes after the rest.
 */
export function buildSwitcherIndex(built: IndexedItem[]): SwitcherIndex {
  const capacity = built.length + Math.max(MIN_SPARE, Math.ceil(built.length / 10));
  const { items, titles, aliases, titleNorms, aliasNorms, order, removed, keys } = itemTable(built, capacity);
  const shorter = (a: number, b: number) => titleNorms[b]! - titleNorms[a]! || order[a]! - order[b]!;
  // Shortest titles first, then list order: the order Fuse ranks equally good matches in.
  const byShortness = Uint32Array.from(built.keys()).sort(shorter);
  const postings = buildPostings(titles, aliases);
  /** Items added after the build: their postings, and their indexes shortest first. */
  const addedPostings = new Map<number, number[]>();
  const addedByShortness: number[] = [];
  /** The list place of each key ever held, so that a restored item takes its old place again. */
  const places = new Map<string, number>();
  let nextPlace = built.length;
  const shared = new Uint16Array(capacity);
  const touched = new Uint32Array(capacity);

  /** Visits live items shortest first (built and added ones merged) until `visit` says stop. */
  function eachByShortness(visit: (index: number) => boolean): void {
    let next = 0;
    for (const index of byShortness) {
      for (; next < addedByShortness.length && shorter(addedByShortness[next]!, index) < 0; next++)
        if (removed[addedByShortness[next]!] === 0 && visit(addedByShortness[next]!)) return;
      if (removed[index] === 0 && visit(index)) return;
    }
    for (; next < addedByShortness.length; next++) if (removed[addedByShortness[next]!] === 0 && visit(addedByShortness[next]!)) return;
  }

  /** Fuse's log score for `index`: each key within the threshold counts, exact ones as Number.EPSILON. */
  function fuseScore(index: number, query: string): number {
    const keyScore = (text: string, weight: number, norm: number) => {
      if (text === '') return null;
      const errors = text.includes(query) ? 0 : substringDistance(query, text);
      if (errors / query.length > THRESHOLD) return null;
      return weight * norm * (errors === 0 ? LOG_EXACT : Math.log(errors / query.length));
    };
    const title = keyScore(titles[index]!, TITLE_WEIGHT, titleNorms[index]!);
    const alias = keyScore(aliases[index]!, ALIAS_WEIGHT, aliasNorms[index]!);
    return title === null && alias === null ? Infinity : (title ?? 0) + (alias ?? 0);
  }

  /** Under three letters there are no trigrams: shortest titles holding the letters, as Fuse allows no error there. */
  function shortQuery(query: string, size: number): number[] {
    const found: number[] = [];
    eachByShortness((index) => {
      if (titles[index]!.includes(query) || aliases[index]!.includes(query)) found.push(index);
      return found.length === size;
    });
    return found;
  }

  function countShared(list: ArrayLike<number>, from: number, to: number, count: number): number {
    for (let at = from; at < to; at++) {
      const index = list[at]!;
      if (removed[index] === 1) continue;
      if (shared[index] === 0) touched[count++] = index;
      shared[index]!++;
    }
    return count;
  }

  function trigramQuery(query: string, size: number): number[] {
    const grams = [...trigramCodes(query, new Set())];
    let count = 0;
    for (const code of grams) {
      const id = postings.gramIds.get(code);
      if (id !== undefined) count = countShared(postings.items, postings.offsets[id]!, postings.offsets[id + 1]!, count);
      const added = addedPostings.get(code);
      if (added !== undefined) count = countShared(added, 0, added.length, count);
    }
    const best = bestOf(topShared(count, grams.length), query, grams.length, size);
    for (let at = 0; at < count; at++) shared[touched[at]!] = 0;
    return best;
  }

  /**
   * The `size` items of `pool` that Fuse scores best, in that order. An edit touches at most three
   * of the query's trigrams, so an item missing some has at least a third as many errors: pool items
   * are scored most shared trigrams first, and the rest are left once even their best possible
   * score cannot beat the `size`-th best so far.
   */
  function bestOf(pool: number[], query: string, grams: number, size: number): number[] {
    const levels: number[][] = Array.from({ length: grams + 1 }, () => []);
    for (const index of pool) levels[shared[index]!]!.push(index);
    const byScore = (a: { index: number; score: number }, b: { index: number; score: number }) => a.score - b.score || order[a.index]! - order[b.index]!;
    let scored: Array<{ index: number; score: number }> = [];
    for (let level = grams; level >= 1; level--) {
      if (scored.length >= size && scored[size - 1]!.score < bestPossible(grams - level, query.length)) break;
      for (const index of levels[level]!) {
        const score = fuseScore(index, query);
        if (score !== Infinity) scored.push({ index, score });
      }
      if (scored.length >= size) scored = scored.sort(byScore).slice(0, size);
    }
    return scored
      .sort(byScore)
      .slice(0, size)
      .map((entry) => entry.index);
  }

  /** The POOL touched items sharing the most trigrams; within the last count taken, shortest titles first. */
  function topShared(count: number, most: number): number[] {
    const histogram = new Uint32Array(most + 1);
    for (let at = 0; at < count; at++) histogram[shared[touched[at]!]!]!++;
    let floor = most;
    let above = 0;
    while (floor > 1 && above + histogram[floor]! < POOL) above += histogram[floor--]!;
    const pool: number[] = [];
    for (let at = 0; at < count; at++) if (shared[touched[at]!]! > floor) pool.push(touched[at]!);
    if (pool.length < POOL)
      eachByShortness((index) => {
        if (shared[index] === floor) pool.push(index);
        return pool.length >= POOL;
      });
    return pool;
  }

  function remove(key: string): void {
    const index = keys.get(key);
    if (index === undefined) return;
    removed[index] = 1;
    keys.delete(key);
    places.set(key, order[index]!);
  }

  function put(item: IndexedItem): boolean {
    if (items.length >= capacity) return false;
    remove(item.key);
    const index = items.push(item) - 1;
    order[index] = places.get(item.key) ?? nextPlace++;
    places.delete(item.key);
    titles.push(item.title.toLowerCase());
    aliases.push(item.aliases.toLowerCase());
    titleNorms[index] = fieldNorm(item.title);
    aliasNorms[index] = fieldNorm(item.aliases);
    keys.set(item.key, index);
    for (const code of trigramCodes(aliases[index]!, trigramCodes(titles[index]!, new Set()))) {
      const list = addedPostings.get(code);
      if (list === undefined) addedPostings.set(code, [index]);
      else list.push(index);
    }
    let at = addedByShortness.length;
    while (at > 0 && shorter(addedByShortness[at - 1]!, index) > 0) at--;
    addedByShortness.splice(at, 0, index);
    return true;
  }

  return {
    get size() {
      return keys.size;
    },
    shortlist(query, size) {
      const lowered = query.toLowerCase();
      const chosen = lowered.length < 3 ? shortQuery(lowered, size) : trigramQuery(lowered, size);
      return chosen.sort((a, b) => order[a]! - order[b]!).map((index) => items[index]!);
    },
    put,
    remove,
    has: (key) => keys.has(key),
  };
}
