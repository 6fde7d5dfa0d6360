// The quick switcher's in-memory shortlist. Fuse.js ranks exact substrings first (shortest fields
// first, by its field norm), then matches with few errors; ties keep list order. So every switcher
// item (about 130,000 short strings in a 100k library) is held in memory with trigram → item
// postings in typed arrays; a query scores items by shared trigrams (a typo loses only the few
// trigrams it touches), computes Fuse's score for the best of them (edit distance as its bitap counts it), and hands Fuse the top few
// hundred in the same order plain Fuse would see them, so its ties break the same way.
import type Database from 'better-sqlite3';
import { SWITCHER_FUSE_OPTIONS, type SwitcherCandidate } from '../../../shared/search/switcher-fuse';
import { substringDistance } from './fuzzy-distance';

/** Items whose Fuse score is computed: the most shared trigrams, shortest titles first. */
const POOL = 1000;
const TITLE_WEIGHT = 2 / 3;
const ALIAS_WEIGHT = 1 / 3;
/** Fuse.js scores an exact match as Number.EPSILON; its log, for comparing scores. */
const LOG_EXACT = Math.log(Number.EPSILON);
/** More errors per typed letter than this and Fuse.js drops the key. */
const THRESHOLD = SWITCHER_FUSE_OPTIONS.threshold ?? 0.6;

/** Every switcher item, in the order the bench's plain Fuse reads them (each table by rowid). */
const ITEMS_SQL = `
  SELECT 'clipping' AS kind, id, title, '' AS aliases, coalesce(outlet, '') AS detail FROM clippings WHERE trashed_at IS NULL
  UNION ALL SELECT 'card', e.id, e.name,
    coalesce((SELECT group_concat(n.name, ' · ') FROM entity_names n WHERE n.entity_id = e.id AND n.is_primary = 0), ''),
    CASE WHEN e.type = 'other' AND e.other_label IS NOT NULL THEN e.other_label ELSE e.type END
    FROM entities e WHERE e.merged_into IS NULL
  UNION ALL SELECT 'note', id, title, '', 'note' FROM notes
  UNION ALL SELECT 'event', id, title, '', 'event' FROM events WHERE deleted_at IS NULL`;

export interface SwitcherIndex {
  readonly size: number;
  /** Up to `size` candidates for `query`, holding what plain Fuse.js would rank first, in list order. */
  shortlist(query: string, size: number): SwitcherCandidate[];
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

export function buildSwitcherIndex(db: Database.Database): SwitcherIndex {
  const candidates = db.prepare(ITEMS_SQL).all() as SwitcherCandidate[];
  const titles = candidates.map((item) => item.title.toLowerCase());
  const aliases = candidates.map((item) => item.aliases.toLowerCase());
  const titleNorms = Float32Array.from(candidates, (item) => fieldNorm(item.title));
  const aliasNorms = Float32Array.from(candidates, (item) => fieldNorm(item.aliases));
  // Shortest titles first, then list order: the order Fuse ranks equally good matches in.
  const byShortness = Uint32Array.from(candidates.keys()).sort((a, b) => titleNorms[b]! - titleNorms[a]! || a - b);
  const postings = buildPostings(titles, aliases);
  const shared = new Uint16Array(candidates.length);
  const touched = new Uint32Array(candidates.length);

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
    for (const index of byShortness) {
      if (titles[index]!.includes(query) || aliases[index]!.includes(query)) found.push(index);
      if (found.length === size) break;
    }
    return found;
  }

  function trigramQuery(query: string, size: number): number[] {
    const grams = [...trigramCodes(query, new Set())];
    let count = 0;
    for (const code of grams) {
      const id = postings.gramIds.get(code);
      if (id === undefined) continue;
      for (let at = postings.offsets[id]!; at < postings.offsets[id + 1]!; at++) {
        const index = postings.items[at]!;
        if (shared[index] === 0) touched[count++] = index;
        shared[index]!++;
      }
    }
    const pool = topShared(count, grams.length);
    for (let at = 0; at < count; at++) shared[touched[at]!] = 0;
    return pool
      .map((entry) => ({ index: entry.index, score: fuseScore(entry.index, query) }))
      .filter((entry) => entry.score !== Infinity)
      .sort((a, b) => a.score - b.score || a.index - b.index)
      .slice(0, size)
      .map((entry) => entry.index);
  }

  /** The POOL touched items sharing the most trigrams; within the last count taken, shortest titles first. */
  function topShared(count: number, most: number): Array<{ index: number; shared: number }> {
    const histogram = new Uint32Array(most + 1);
    for (let at = 0; at < count; at++) histogram[shared[touched[at]!]!]!++;
    let floor = most;
    let above = 0;
    while (floor > 1 && above + histogram[floor]! < POOL) above += histogram[floor--]!;
    const pool: Array<{ index: number; shared: number }> = [];
    for (let at = 0; at < count; at++) {
      const index = touched[at]!;
      if (shared[index]! > floor) pool.push({ index, shared: shared[index]! });
    }
    for (const index of byShortness) {
      if (pool.length >= POOL) break;
      if (shared[index] === floor) pool.push({ index, shared: floor });
    }
    return pool;
  }

  return {
    size: candidates.length,
    shortlist(query, size) {
      const lowered = query.toLowerCase();
      const chosen = lowered.length < 3 ? shortQuery(lowered, size) : trigramQuery(lowered, size);
      return chosen.sort((a, b) => a - b).map((index) => candidates[index]!);
    },
  };
}
