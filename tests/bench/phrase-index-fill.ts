// The search bench's next-word index (electron/core/search/phrase-pairs.ts): filled when the
// library is built, as the app fills it in the background, timed beside filling a copy of the app's
// own index table with the same rows (what indexing costs the app without it), in the same run.
// Both times are kept beside the cached library, so later runs print them too.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PAIR_COLUMNS } from '../../electron/core/search/phrase-pairs';
import { fillPhraseIndexQueue as fillQueue } from '../helpers/phrase-index';
import { searchTableSizes } from './search-table-sizes';
import { formatMegabytes, type BenchRow } from './table';

export interface PhraseIndexFill {
  rows: number;
  ms: number;
  /** The same rows into a copy of search_index's table (same columns and tokenizer), in memory. */
  copyMs: number;
}

/** One write transaction per this many rows, as the bench's other bulk writes. */
const BATCH_ROWS = 2_000;

const fillPath = (libraryPath: string) => `${libraryPath}.phrase-fill.json`;

/** Fills every queued row of the library's next-word index, then times the copy. */
export function fillPhraseIndex(libraryPath: string): PhraseIndexFill {
  const db = new Database(libraryPath);
  try {
    const start = performance.now();
    const rows = fillQueue(db, 1, BATCH_ROWS);
    const ms = performance.now() - start;
    const fill = { rows, ms, copyMs: copyFillMs(db, rows) };
    writeFileSync(fillPath(libraryPath), JSON.stringify(fill));
    return fill;
  } finally {
    db.close();
  }
}

/**
 * Fills what the bench's own writes queued in an earlier run (its switcher rows rename clippings),
 * as the app would have in the background: while any row is queued, phrases are matched on
 * search_index instead. How many rows it filled.
 */
export function fillPhraseIndexQueue(libraryPath: string): number {
  const db = new Database(libraryPath);
  try {
    return fillQueue(db, 1, BATCH_ROWS);
  } finally {
    db.close();
  }
}

/** The fill measured when the library was built (null if it was built before this was kept). */
export function keptPhraseIndexFill(libraryPath: string): PhraseIndexFill | null {
  return existsSync(fillPath(libraryPath)) ? (JSON.parse(readFileSync(fillPath(libraryPath), 'utf8')) as PhraseIndexFill) : null;
}

function copyFillMs(db: Database.Database, rows: number): number {
  const copy = new Database(':memory:');
  copy.exec(`CREATE VIRTUAL TABLE copy USING fts5(${PAIR_COLUMNS.join(', ')}, tokenize = 'porter unicode61 remove_diacritics 2')`);
  const insert = copy.prepare(`INSERT INTO copy (rowid, ${PAIR_COLUMNS.join(', ')}) VALUES (?, ${PAIR_COLUMNS.map(() => '?').join(', ')})`);
  const source = db.prepare(`SELECT doc, ${PAIR_COLUMNS.join(', ')} FROM search_source ORDER BY doc LIMIT ?`);
  const start = performance.now();
  let count = 0;
  copy.exec('BEGIN');
  for (const row of source.iterate(rows) as Iterable<Record<string, string> & { doc: number }>) {
    insert.run(row.doc, ...PAIR_COLUMNS.map((column) => row[column]));
    if (++count % BATCH_ROWS === 0) copy.exec('COMMIT; BEGIN');
  }
  copy.exec('COMMIT');
  const ms = performance.now() - start;
  copy.close();
  return ms;
}

export function phraseIndexRows(db: Database.Database, fill: PhraseIndexFill | null): BenchRow[] {
  const sizes = searchTableSizes(db);
  const pairBytes = sizes.filter((table) => table.name.startsWith('search_pairs')).reduce((sum, table) => sum + table.bytes, 0);
  const restBytes = sizes.reduce((sum, table) => sum + table.bytes, 0) - pairBytes;
  const perRow = (ms: number, rows: number) => `${((ms / rows) * 1000).toFixed(0)} µs a row`;
  const size: BenchRow = {
    measure: "next-word index for phrases on disk (search_pairs' tables), beside the rest of the search tables",
    value: formatMegabytes(pairBytes),
    naive: `the rest: ${formatMegabytes(restBytes)}`,
    ratio: `${(pairBytes / restBytes).toFixed(2)}×`,
    goal: '–',
    met: null,
  };
  if (fill === null) return [size];
  return [
    {
      measure: `next-word index for phrases: filled for all ${fill.rows.toLocaleString('en-GB')} rows when the library was built (the app fills it in the background), ${BATCH_ROWS.toLocaleString('en-GB')} rows a transaction`,
      value: `${(fill.ms / 1000).toFixed(0)} s, ${perRow(fill.ms, fill.rows)}`,
      naive: `the same rows into a copy of the app's index table, in memory: ${(fill.copyMs / 1000).toFixed(0)} s, ${perRow(fill.copyMs, fill.rows)}`,
      ratio: `${(fill.ms / fill.copyMs).toFixed(1)}×`,
      goal: '–',
      met: null,
    },
    size,
  ];
}
