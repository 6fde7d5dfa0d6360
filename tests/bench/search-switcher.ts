// The quick switcher's half of the search bench: 50 queries an analyst types into Ctrl+K (prefixes
// of names and titles, and the same with a typo), sent one keystroke at a time to search.switcher;
// beside plain Fuse.js over every switcher item (clipping titles, card names with their aliases,
// note titles, event titles), measured in the same run, and how many of plain Fuse's top 10 the
// switcher's top 10 keep.
import type Database from 'better-sqlite3';
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Core } from '../../electron/core/core';
import { SWITCHER_FUSE_OPTIONS, type SwitcherCandidate } from '../../shared/search/switcher-fuse';
import type { SwitcherItem } from '../../shared/search/types';
import { seededRandom } from '../helpers/seeded-random';
import { latency, timeEach, type Latency } from './latency';

export const SWITCHER_QUERIES = 50;
const TOP = 10;
const LONGEST_TYPED = 14;

/** A switcher candidate with the key the overlap compares by. */
type PlainItem = SwitcherCandidate & { key: string };

export interface SwitcherFigures {
  keystrokes: Latency;
  plainFuse: Latency;
  /** Mean share of plain Fuse's top 10 that the switcher's top 10 also holds, at each query's last keystroke. */
  overlap: number;
  /** The same, counting as kept any item that plain Fuse scores as well as its tenth. */
  overlapWithTies: number;
  /** Queries that plain Fuse found something for (the overlap's mean is over these). */
  overlapQueries: number;
  items: number;
  queries: string[];
}

/** Every item the switcher finds, read from the library's own rows (not from the index), as plain Fuse sees it. */
export function plainItems(db: Database.Database): PlainItem[] {
  const rows = db
    .prepare(
      `
    SELECT 'clipping' AS kind, id, title, '' AS aliases, coalesce(outlet, '') AS detail FROM clippings WHERE trashed_at IS NULL
    UNION ALL SELECT 'card', e.id, e.name,
      coalesce((SELECT group_concat(n.name, ' · ') FROM entity_names n WHERE n.entity_id = e.id AND n.is_primary = 0), ''), e.type
      FROM entities e WHERE e.merged_into IS NULL
    UNION ALL SELECT 'note', id, title, '', 'note' FROM notes
    UNION ALL SELECT 'event', id, title, '', 'event' FROM events WHERE deleted_at IS NULL`,
    )
    .all() as SwitcherCandidate[];
  return rows.map((row) => ({ ...row, key: `${row.kind}:${row.id}` }));
}

/** Half typed as they are (up to 14 characters), half with one typo: two letters swapped, one dropped or one doubled. */
export function typedQueries(items: readonly PlainItem[], cardsInTheNews: number): string[] {
  const random = seededRandom(4_711);
  const cards = items.filter((item) => item.key.startsWith('card:')).slice(0, cardsInTheNews);
  const others = items.filter((item) => !item.key.startsWith('card:'));
  const targets = Array.from({ length: SWITCHER_QUERIES }, (_, index) => {
    const source = index % 2 === 0 ? cards[Math.floor(random() * cards.length)]! : others[Math.floor(random() * others.length)]!;
    const spellings = [source.title, ...(source.aliases === '' ? [] : source.aliases.split(' · '))];
    return spellings[Math.floor(random() * spellings.length)]!.slice(0, LONGEST_TYPED).trim();
  });
  return targets.map((target, index) => (index < SWITCHER_QUERIES / 2 ? target : withTypo(target, random)));
}

function withTypo(text: string, random: () => number): string {
  const at = 1 + Math.floor(random() * Math.max(1, text.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return `${text.slice(0, at)}${text[at + 1] ?? ''}${text[at] ?? ''}${text.slice(at + 2)}`;
  if (kind === 1) return `${text.slice(0, at)}${text.slice(at + 1)}`;
  return `${text.slice(0, at)}${text[at] ?? ''}${text.slice(at)}`;
}

export async function measureSwitcher(core: Core, db: Database.Database, cardsInTheNews: number): Promise<SwitcherFigures> {
  const items = plainItems(db);
  const queries = typedQueries(items, cardsInTheNews);
  const switcher = async (query: string): Promise<SwitcherItem[]> => {
    const result = await core.dispatch('search.switcher', { query, limit: TOP });
    if (!result.ok) throw new Error(`search.switcher: ${result.error.message}`);
    return result.value as SwitcherItem[];
  };
  await switcher('warm up');
  const keystrokes = queries.flatMap((query) => Array.from({ length: query.length }, (_, index) => query.slice(0, index + 1)));
  const keystrokeTimes = await timeEach(keystrokes, switcher);

  // The switcher's own Fuse.js options, over every item instead of its shortlist.
  const fuse = new Fuse<PlainItem>(items, { ...(SWITCHER_FUSE_OPTIONS as IFuseOptions<PlainItem>), includeScore: true });
  fuse.search('warm up');
  // Unlimited: Fuse.js scores and sorts every match either way (a limit only cuts the sorted list),
  // and the scores show which items tie with plain Fuse's tenth.
  const plainAnswers: Array<Array<{ key: string; score: number }>> = [];
  const plainTimes = await timeEach(queries, (query) => plainAnswers.push(fuse.search(query).map((hit) => ({ key: hit.item.key, score: hit.score ?? 0 }))));

  // Queries plain Fuse finds nothing for have no top 10 to keep: they are left out of the means.
  const strict: number[] = [];
  const withTies: number[] = [];
  for (const [index, query] of queries.entries()) {
    const plain = plainAnswers[index]!;
    if (plain.length === 0) continue;
    const top = plain.slice(0, TOP);
    const ours = (await switcher(query)).map((item) => `${item.kind}:${item.id}`);
    strict.push(top.filter(({ key }) => ours.includes(key)).length / top.length);
    // Items scored as well as plain Fuse's tenth are as good a top 10: Fuse.js breaks ties by list order.
    const tenth = top[top.length - 1]!.score;
    const tied = new Set(plain.filter(({ score }) => score <= tenth).map(({ key }) => key));
    withTies.push(Math.min(top.length, ours.filter((key) => tied.has(key)).length) / top.length);
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return {
    keystrokes: latency(keystrokeTimes),
    plainFuse: latency(plainTimes),
    overlap: mean(strict),
    overlapWithTies: mean(withTies),
    overlapQueries: strict.length,
    items: items.length,
    queries,
  };
}

export interface AfterWriteFigures {
  firstKeystroke: Latency;
  /** Renames to a new, unique title that the next switcher answer held in its top 10. */
  found: number;
  renames: number;
  /** Renames timed: each to a new title and back. */
  writes: number;
}

const WRITES = 10;

/**
 * The first keystroke after a write: a clipping is renamed through dispatch, then the switcher is
 * asked for its new title (which it must find in its top 10), then the old title is put back and
 * asked for again (timed only: its first letters may be shared by many titles).
 * The library ends as it began but for the clippings' updated_at.
 */
export async function measureAfterWrite(core: Core, db: Database.Database): Promise<AfterWriteFigures> {
  const clippings = db.prepare(`SELECT id, title FROM clippings WHERE trashed_at IS NULL AND rowid % 9973 = 1 LIMIT ${WRITES}`).all() as Array<{
    id: string;
    title: string;
  }>;
  const times: number[] = [];
  let found = 0;
  /** `mustFind`: the new titles are unique; an original title's first letters may be shared by many titles. */
  const renameAndFind = async (id: string, title: string, mustFind: boolean) => {
    const renamed = await core.dispatch('clippings.update', { id, patch: { title } });
    if (!renamed.ok) throw new Error(`clippings.update: ${renamed.error.message}`);
    const start = performance.now();
    const result = await core.dispatch('search.switcher', { query: title.slice(0, LONGEST_TYPED), limit: TOP });
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`search.switcher: ${result.error.message}`);
    if (mustFind && (result.value as SwitcherItem[]).some((item) => item.id === id && item.title === title)) found++;
  };
  for (const [index, clipping] of clippings.entries()) {
    await renameAndFind(clipping.id, `Zq${index} renamed ${clipping.title}`, true);
    await renameAndFind(clipping.id, clipping.title, false);
  }
  return { firstKeystroke: latency(times), found, renames: clippings.length, writes: times.length };
}
