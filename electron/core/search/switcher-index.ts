// The quick switcher's in-memory shortlist. Fuse.js ranks exact substrings first (shortest fields
// first, by its field norm), then matches with few errors; ties keep list order. So every switcher
// item (about 130,000 short strings in a 100k library) is held in memory with trigram → item
// postings; a query scores items by shared trigrams (a typo loses only the few trigrams it
// touches), computes Fuse's score for the best of them (edit distance as its bitap counts it), and
// hands Fuse the top few hundred in the same order plain Fuse would see them, so its ties break the
// same way.
// Memory: the items are held as columns (arrays of strings, typed arrays of numbers), not as an
// object each with a "kind:id" key; candidate objects are made for the shortlist only, and an
// outlet's name is held once, not once per clipping. Postings are varints of the gaps between
// items (1.08 bytes an entry at 100,000 clippings against 4 in a Uint32Array), and a trigram is a
// small integer where its letters allow, so the gram map holds no heap numbers. At 100,000
// clippings (132,000 items) the index holds 40 MB of heap and 10 MB of typed arrays, where objects
// (and a second map of titles, for finding changes) with Uint32 postings held 120 MB and 33 MB.
// Writes do not rebuild it: a changed item is marked removed and added again after the built ones,
// with its own small postings, until so many were added that building again is due.
import { SEARCH_KINDS, type SearchKind } from '../../../shared/search/query-syntax';
import type { SwitcherCandidate } from '../../../shared/search/switcher-fuse';
import { SWITCHER_FUSE_OPTIONS } from '../../../shared/search/switcher-fuse';
import { substringDistance } from './fuzzy-distance';
import type { HeldItems } from './switcher-items';

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

/** The index is also the switcher's record of what it read (HeldItems): changes are compared with it. */
export interface SwitcherIndex extends HeldItems {
  /** Items held (removed ones not counted). */
  readonly size: number;
  /** Up to `size` candidates for `query`, holding what plain Fuse.js would rank first, in list order. */
  shortlist(query: string, size: number): SwitcherCandidate[];
  has(kind: SearchKind, id: string): boolean;
}

/** The best score Fuse.js could give an item missing `missing` of a query's trigrams (each key's norm at most 1). */
function bestPossible(missing: number, length: number): number {
  const errors = Math.ceil(missing / 3);
  if (errors / length > THRESHOLD) return Infinity;
  return (TITLE_WEIGHT + ALIAS_WEIGHT) * (errors === 0 ? LOG_EXACT : Math.log(errors / length));
}

/**
 * Fuse.js's field norm, 1 / √(words) to three decimals, in thousandths (so it fits a Uint16Array).
 * Words are runs of anything but tabs, line breaks and spaces, counted without splitting the text
 * (a string per word is garbage for the whole build to collect).
 */
function fieldNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const space = (code >= 9 && code <= 13) || code === 32 || code === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.round(1000 / Math.sqrt(words || 1));
}

/**
 * The trigram of `text` at `at` (three UTF-16 units) as a number, unique per trigram: below 2^30
 * (a small integer, which a Map holds without a heap number) when each unit is below 1024, as in
 * Latin scripts; above it otherwise.
 */
function trigramAt(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : 2 ** 30 + a * 2 ** 32 + b * 65_536 + c;
}

/** Each distinct trigram of `text` (lower-cased as Fuse does). */
function trigramCodes(text: string, into: Set<number>): Set<number> {
  for (let at = 0; at + 3 <= text.length; at++) into.add(trigramAt(text, at));
  return into;
}

/** Bytes of `value` as a varint: seven bits a byte, the high bit set on all but the last. */
function varintLength(value: number): number {
  let length = 1;
  for (; value >= 128; value = Math.floor(value / 128)) length++;
  return length;
}

/**
 * Each trigram's items, ascending, as gaps from the previous item (the first from -1, so every gap
 * is at least 1) in varints: most gaps in a common trigram's list take one byte.
 */
interface Postings {
  gramIds: Map<number, number>;
  /** Where each gram id's bytes start; the last entry is the end of the last list. */
  offsets: Uint32Array;
  bytes: Uint8Array;
}

/**
 * Two passes (count bytes, then fill) so the postings land in typed arrays without per-gram
 * arrays. Each pass visits every trigram of every item, skipping one its list already ends with (a
 * repeat within the item): no set per item, whose tables were most of the build's garbage.
 */
function buildPostings(titles: string[], aliases: string[], count: number): Postings {
  const gramIds = new Map<number, number>();
  const sizes: number[] = [];
  const lastItems: number[] = [];
  const eachGram = (visit: (index: number, code: number) => void) => {
    for (let index = 0; index < count; index++) {
      for (let at = 0; at + 3 <= titles[index]!.length; at++) visit(index, trigramAt(titles[index]!, at));
      for (let at = 0; at + 3 <= aliases[index]!.length; at++) visit(index, trigramAt(aliases[index]!, at));
    }
  };
  eachGram((index, code) => {
    let id = gramIds.get(code);
    if (id === undefined) {
      gramIds.set(code, (id = sizes.push(0) - 1));
      lastItems.push(-1);
    }
    if (lastItems[id] === index) return;
    sizes[id]! += varintLength(index - lastItems[id]!);
    lastItems[id] = index;
  });
  const offsets = new Uint32Array(sizes.length + 1);
  for (let id = 0; id < sizes.length; id++) offsets[id + 1] = offsets[id]! + sizes[id]!;
  const bytes = new Uint8Array(offsets[sizes.length]!);
  const filled = offsets.slice(0, sizes.length);
  const last = new Int32Array(sizes.length).fill(-1);
  eachGram((index, code) => {
    const id = gramIds.get(code)!;
    if (last[id] === index) return;
    let at = filled[id]!;
    let gap = index - last[id]!;
    for (; gap >= 128; gap = Math.floor(gap / 128)) bytes[at++] = (gap % 128) | 128;
    bytes[at++] = gap;
    filled[id] = at;
    last[id] = index;
  });
  return { gramIds, offsets, bytes };
}

const kindCode = (kind: SearchKind) => SEARCH_KINDS.indexOf(kind);

/** An array of `length` copies of `value`: made at its size once, and without holes (new Array(length) has them). */
const column = <T>(length: number, value: T): T[] => Array.from({ length }, () => value);

/**
 * The items' fields as columns, an item's number indexing each: an object per item, with its
 * "kind:id" key string, cost about 200 bytes an item more. `built` is read once, so it can stream
 * rows: the table keeps their strings, not the row objects. The columns are made at once for
 * `expected` items (more or fewer is fine): grown an item at a time, they left ~15 MB of outgrown
 * arrays for the next full collection. The typed columns have room for the spare.
 */
function itemTable(built: Iterable<SwitcherCandidate>, expected: number) {
  const room = expected + Math.max(MIN_SPARE, Math.ceil(expected / 10));
  const ids: string[] = column(room, '');
  const titles: string[] = column(room, '');
  const aliases: string[] = column(room, '');
  const details: string[] = column(room, '');
  /** Lower-cased as Fuse.js compares them. */
  const lowTitles: string[] = column(room, '');
  const lowAliases: string[] = column(room, '');
  let size = 0;
  /** One string per distinct detail: an outlet's name, read once per clipping, would be held thousands of times. */
  const detailStrings = new Map<string, string>();
  const addStrings = (item: SwitcherCandidate) => {
    if (!detailStrings.has(item.detail)) detailStrings.set(item.detail, item.detail);
    ids[size] = item.id;
    titles[size] = item.title;
    aliases[size] = item.aliases;
    details[size] = detailStrings.get(item.detail)!;
    lowTitles[size] = item.title.toLowerCase();
    lowAliases[size] = item.aliases.toLowerCase();
    return size++;
  };
  const builtKinds = column(room, 0);
  for (const item of built) builtKinds[addStrings(item)] = kindCode(item.kind);
  const count = size;
  const capacity = count + Math.max(MIN_SPARE, Math.ceil(count / 10));
  const kinds = new Uint8Array(capacity);
  const titleNorms = new Uint16Array(capacity);
  const aliasNorms = new Uint16Array(capacity);
  /** Each item's place in plain Fuse's list. */
  const order = new Uint32Array(capacity);
  const removed = new Uint8Array(capacity);
  /** Per kind, each held item's number by id. */
  const numbers = SEARCH_KINDS.map(() => new Map<string, number>());
  const addNumbers = (index: number, code: number, place: number) => {
    kinds[index] = code;
    titleNorms[index] = fieldNorm(titles[index]!);
    aliasNorms[index] = fieldNorm(aliases[index]!);
    order[index] = place;
    numbers[code]!.set(ids[index]!, index);
  };
  for (let index = 0; index < count; index++) addNumbers(index, builtKinds[index]!, index);
  return {
    titles,
    lowTitles,
    lowAliases,
    titleNorms,
    aliasNorms,
    order,
    removed,
    numbers,
    count,
    capacity,
    get size() {
      return size;
    },
    /** Adds `item` at list place `place`; its number. */
    add(item: SwitcherCandidate, place: number): number {
      const index = addStrings(item);
      addNumbers(index, kindCode(item.kind), place);
      return index;
    },
    /** The item as a candidate object: made only for the shortlist. */
    candidate: (index: number): SwitcherCandidate => ({
      kind: SEARCH_KINDS[kinds[index]!]!,
      id: ids[index]!,
      title: titles[index]!,
      aliases: aliases[index]!,
      detail: details[index]!,
    }),
  };
}

/**
 * The index of `built` (about `expected` items), in plain Fuse's list order: an item put again later
 * keeps its place in that order (Fuse breaks ties by it), a new one goes after the rest.
 */
export function buildSwitcherIndex(built: Iterable<SwitcherCandidate>, expected = 0): SwitcherIndex {
  const table = itemTable(built, expected);
  const { titles, lowTitles, lowAliases, titleNorms, aliasNorms, order, removed, numbers, count, capacity } = table;
  const shorter = (a: number, b: number) => titleNorms[b]! - titleNorms[a]! || order[a]! - order[b]!;
  // Shortest titles first, then list order: the order Fuse ranks equally good matches in.
  const byShortness = Uint32Array.from({ length: count }, (_, index) => index).sort(shorter);
  const postings = buildPostings(lowTitles, lowAliases, count);
  /** Items added after the build: their postings, and their numbers shortest first. */
  const addedPostings = new Map<number, number[]>();
  const addedByShortness: number[] = [];
  /** Per kind, the list place of each id removed, so that a restored item takes its old place again. */
  const places = SEARCH_KINDS.map(() => new Map<string, number>());
  let nextPlace = count;
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
      return weight * (norm / 1000) * (errors === 0 ? LOG_EXACT : Math.log(errors / query.length));
    };
    const title = keyScore(lowTitles[index]!, TITLE_WEIGHT, titleNorms[index]!);
    const alias = keyScore(lowAliases[index]!, ALIAS_WEIGHT, aliasNorms[index]!);
    return title === null && alias === null ? Infinity : (title ?? 0) + (alias ?? 0);
  }

  /** Under three letters there are no trigrams: shortest titles holding the letters, as Fuse allows no error there. */
  function shortQuery(query: string, size: number): number[] {
    const found: number[] = [];
    eachByShortness((index) => {
      if (lowTitles[index]!.includes(query) || lowAliases[index]!.includes(query)) found.push(index);
      return found.length === size;
    });
    return found;
  }

  function countItem(index: number, count: number): number {
    if (removed[index] === 1) return count;
    if (shared[index] === 0) touched[count++] = index;
    shared[index]!++;
    return count;
  }

  /** Counts a built trigram's items: its varints from byte `from` to `to`. */
  function countBuilt(from: number, to: number, count: number): number {
    const bytes = postings.bytes;
    let index = -1;
    for (let at = from; at < to;) {
      let byte = bytes[at++]!;
      let gap = byte & 127;
      for (let scale = 128; byte >= 128; scale *= 128) {
        byte = bytes[at++]!;
        gap += (byte & 127) * scale;
      }
      index += gap;
      count = countItem(index, count);
    }
    return count;
  }

  function trigramQuery(query: string, size: number): number[] {
    const grams = [...trigramCodes(query, new Set())];
    let count = 0;
    for (const code of grams) {
      const id = postings.gramIds.get(code);
      if (id !== undefined) count = countBuilt(postings.offsets[id]!, postings.offsets[id + 1]!, count);
      for (const index of addedPostings.get(code) ?? []) count = countItem(index, count);
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

  function remove(kind: SearchKind, id: string): void {
    const code = kindCode(kind);
    const index = numbers[code]!.get(id);
    if (index === undefined) return;
    removed[index] = 1;
    numbers[code]!.delete(id);
    places[code]!.set(id, order[index]!);
  }

  function put(item: SwitcherCandidate): boolean {
    if (table.size >= capacity) return false;
    remove(item.kind, item.id);
    const code = kindCode(item.kind);
    const index = table.add(item, places[code]!.get(item.id) ?? nextPlace++);
    places[code]!.delete(item.id);
    for (const gram of trigramCodes(lowAliases[index]!, trigramCodes(lowTitles[index]!, new Set()))) {
      const list = addedPostings.get(gram);
      if (list === undefined) addedPostings.set(gram, [index]);
      else list.push(index);
    }
    let at = addedByShortness.length;
    while (at > 0 && shorter(addedByShortness[at - 1]!, index) > 0) at--;
    addedByShortness.splice(at, 0, index);
    return true;
  }

  return {
    get size() {
      return numbers.reduce((sum, held) => sum + held.size, 0);
    },
    shortlist(query, size) {
      const lowered = query.toLowerCase();
      const chosen = lowered.length < 3 ? shortQuery(lowered, size) : trigramQuery(lowered, size);
      return chosen.sort((a, b) => order[a]! - order[b]!).map(table.candidate);
    },
    put,
    remove,
    has: (kind, id) => numbers[kindCode(kind)]!.has(id),
    title(kind, id) {
      const index = numbers[kindCode(kind)]!.get(id);
      return index === undefined ? undefined : titles[index];
    },
    ids: (kind) => numbers[kindCode(kind)]!.keys(),
    count: (kind) => numbers[kindCode(kind)]!.size,
  };
}
