// npm run bench -- search-pairs: what a next-word index (next-word-index.ts; not in the app) would
// buy the search bench's phrases of common words, and what it would cost, on the search bench's
// library (search-library.ts), beside search.query as it is, in the same run.
// 1. Filling it for every row of the app's index: the time, per row, beside filling a copy of the
//    app's own index table with the same rows (the cost the app pays today); and its size on disk.
//    Built once and cached beside the library.
// 2. The 30 phrase queries of the search bench: stemmed, counted, ranked by FTS5's bm25 over the
//    pairs (top 20) and given snippets from the app's index; p50/p95 beside search.query and FTS5's
//    own count of each phrase on the app's index. Each phrase must find the same rows as the app's
//    index, and the same top 20 in the same order.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { openCore } from '../../electron/core/core';
import { SEARCH_WEIGHTS } from '../../electron/core/search/ranked-search';
import { parseSearchQuery } from '../../shared/search/query-syntax';
import { formatLatency, latency, timeEach } from './latency';
import { INDEXED_COLUMNS, createPairTable, pairPhrase, pairTokens, stemmer, type ColumnTexts } from './next-word-index';
import { isOnePhrase, phraseCount } from './search-naive';
import { SEARCH_LIBRARY, TEXT_SHAPE, searchLibrary } from './search-library';
import { searchTableSizes } from './search.bench';
import { queryShapes } from './search-queries';
import { formatMegabytes, printTable, type BenchRow } from './table';

const PHRASE_SHAPE = 'phrase of common words';
const GOAL_MS = 20;
const TOP = 20;
/** bm25 weights of the indexed columns (the app's, without its two unindexed ones). */
const WEIGHTS = SEARCH_WEIGHTS.slice(2).join(', ');
const BATCH = 2_000;

interface Fill {
  rows: number;
  ms: number;
  stemMs: number;
}

export async function runSearchPairsBench(): Promise<void> {
  const library = await searchLibrary();
  const pairsPath = `${library.path}.pairs.sqlite`;
  const fill = existsSync(pairsPath) ? null : fillPairs(library.path, pairsPath);
  const db = new Database(library.path, { readonly: true, fileMustExist: true });
  const pairs = new Database(pairsPath, { readonly: true, fileMustExist: true });
  const core = openCore(library.path, { logError: () => {} });
  const rows: BenchRow[] = [];
  try {
    if (fill) rows.push(fillRow(fill, copyFillMs(db, fill.rows)));
    rows.push(sizeRow(db, pairsPath));
    const shape = queryShapes(db, library.cards, SEARCH_LIBRARY.clippings).find((candidate) => candidate.name === PHRASE_SHAPE)!;
    rows.push(await phraseRow(core, db, pairs, shape.queries.filter(isOnePhrase)));
  } finally {
    core.close();
    pairs.close();
    db.close();
  }
  printTable(
    `search-pairs: a next-word index for phrases, not in the app (${TEXT_SHAPE} text; ${SEARCH_LIBRARY.clippings.toLocaleString('en-GB')} clippings)`,
    rows,
  );
}

function sourceRows(db: Database.Database): Iterable<ColumnTexts & { doc: number }> {
  return db.prepare(`SELECT doc, ${INDEXED_COLUMNS.join(', ')} FROM search_source ORDER BY doc`).iterate() as Iterable<ColumnTexts & { doc: number }>;
}

function fillPairs(libraryPath: string, pairsPath: string): Fill {
  console.log(`Building the next-word index (${pairsPath}) for every row of the library's search index; minutes, once.`);
  const building = `${pairsPath}.building`;
  rmSync(building, { force: true });
  const source = new Database(libraryPath, { readonly: true, fileMustExist: true });
  const db = new Database(building);
  createPairTable(db);
  const stems = stemmer();
  const insert = db.prepare(`INSERT INTO pairs (rowid, ${INDEXED_COLUMNS.join(', ')}) VALUES (?, ${INDEXED_COLUMNS.map(() => '?').join(', ')})`);
  let rows = 0;
  let stemMs = 0;
  const start = performance.now();
  db.exec('BEGIN');
  for (const row of sourceRows(source)) {
    const stemStart = performance.now();
    const stemmed = stems(row);
    stemMs += performance.now() - stemStart;
    insert.run(row.doc, ...INDEXED_COLUMNS.map((column) => pairTokens(stemmed[column]!)));
    if (++rows % BATCH === 0) db.exec('COMMIT; BEGIN');
  }
  db.exec('COMMIT');
  const ms = performance.now() - start;
  db.close();
  source.close();
  renameSync(building, pairsPath);
  return { rows, ms, stemMs };
}

/** Filling a copy of the app's index table (same columns, same tokenizer) with the same rows, in memory. */
function copyFillMs(db: Database.Database, rows: number): number {
  const copy = new Database(':memory:');
  copy.exec(`CREATE VIRTUAL TABLE copy USING fts5(${INDEXED_COLUMNS.join(', ')}, tokenize = 'porter unicode61 remove_diacritics 2')`);
  const insert = copy.prepare(`INSERT INTO copy (rowid, ${INDEXED_COLUMNS.join(', ')}) VALUES (?, ${INDEXED_COLUMNS.map(() => '?').join(', ')})`);
  const start = performance.now();
  let count = 0;
  copy.exec('BEGIN');
  for (const row of sourceRows(db)) {
    insert.run(row.doc, ...INDEXED_COLUMNS.map((column) => row[column]));
    if (++count % BATCH === 0) copy.exec('COMMIT; BEGIN');
    if (count === rows) break;
  }
  copy.exec('COMMIT');
  const ms = performance.now() - start;
  copy.close();
  return ms;
}

function fillRow(fill: Fill, copyMs: number): BenchRow {
  const perRow = (ms: number) => `${((ms / fill.rows) * 1000).toFixed(0)} µs a row`;
  return {
    measure: `next-word index: filled for all ${fill.rows.toLocaleString('en-GB')} rows of the app's search index (stems read back from FTS5, then the pair tokens), one transaction per ${BATCH.toLocaleString('en-GB')} rows`,
    value: `${(fill.ms / 1000).toFixed(0)} s, ${perRow(fill.ms)} (${perRow(fill.stemMs)} of it stemming)`,
    naive: `the same rows into a copy of the app's index table, in memory: ${(copyMs / 1000).toFixed(0)} s, ${perRow(copyMs)}`,
    ratio: `${(fill.ms / copyMs).toFixed(1)}×`,
    goal: '–',
    met: null,
  };
}

function sizeRow(db: Database.Database, pairsPath: string): BenchRow {
  const appIndex = searchTableSizes(db).reduce((sum, table) => sum + table.bytes, 0);
  const pairs = statSync(pairsPath).size;
  return {
    measure: "next-word index on disk (its own file), beside the app's search tables",
    value: formatMegabytes(pairs),
    naive: `the app's search tables: ${formatMegabytes(appIndex)}`,
    ratio: `${(pairs / appIndex).toFixed(2)}×`,
    goal: '–',
    met: null,
  };
}

async function phraseRow(core: ReturnType<typeof openCore>, db: Database.Database, pairs: Database.Database, queries: string[]): Promise<BenchRow> {
  const stems = stemmer();
  const count = pairs.prepare('SELECT count(*) FROM pairs WHERE pairs MATCH ?').pluck();
  const ranked = pairs.prepare(`SELECT rowid FROM pairs WHERE pairs MATCH ? ORDER BY bm25(pairs, ${WEIGHTS}), rowid DESC LIMIT ${TOP}`).pluck();
  const snippet = db
    .prepare(`SELECT snippet(search_index, 3, '', '', '…', 12) FROM search_index WHERE search_index MATCH ? AND rowid = CAST(? AS INTEGER)`)
    .pluck();
  const appRanked = db
    .prepare(`SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, ${SEARCH_WEIGHTS.join(', ')}), rowid DESC LIMIT ${TOP}`)
    .pluck();
  const appCount = phraseCount(db);
  const viaPairs = (query: string) => {
    const words = (parseSearchQuery(query).groups[0]![0]! as { words: string[] }).words;
    const phrase = pairPhrase(stems({ title: words.join(' '), body: null, extra: null, keys: null }).title!)!;
    const found = count.get(phrase) as number;
    const top = ranked.all(phrase) as number[];
    for (const doc of top) snippet.get(query, doc);
    return { found, top };
  };
  let sameRows = 0;
  let sameTop = 0;
  for (const query of queries) {
    const { found, top } = viaPairs(query);
    if (found === appCount(query)) sameRows++;
    if (JSON.stringify(top) === JSON.stringify(appRanked.all(query))) sameTop++;
  }
  const search = async (query: string) => {
    const result = await core.dispatch('search.query', { query, limit: TOP });
    if (!result.ok) throw new Error(`search.query ${JSON.stringify(query)}: ${result.error.message}`);
  };
  await search(queries[0]!);
  const ours = latency(await timeEach(queries, viaPairs));
  const today = latency(await timeEach(queries, search));
  const floor = latency(await timeEach(queries, appCount));
  return {
    measure: `phrases of common words through the next-word index: the search bench's ${queries.length} (such as ${queries[0]}), stemmed, counted, top ${TOP} by bm25, snippets from the app's index; ${sameRows} of ${queries.length} found the same rows as the app's index, ${sameTop} the same top ${TOP} in the same order`,
    value: formatLatency(ours),
    naive: `search.query today: ${formatLatency(today)}; FTS5's count of the phrase alone on the app's index: ${formatLatency(floor)}`,
    ratio: `p95 ${(ours.p95 / today.p95).toFixed(3)}× of today's`,
    goal: `p95 ≤ ${GOAL_MS} ms, every phrase the same rows and top ${TOP}`,
    met: ours.p95 <= GOAL_MS && sameRows === queries.length && sameTop === queries.length,
  };
}
