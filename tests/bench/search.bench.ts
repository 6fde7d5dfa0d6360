// npm run bench -- search
// 1. A deterministic library of 100,000 clippings (~4 KB each), 20,000 cards with aliases, 10,000
//    events and 2,000 notes (search-library.ts), built once and cached; how long building took.
// 2. search.query through dispatch (top 20 with snippets) for 30 queries of each shape an analyst
//    types, p50/p95, beside the naive FTS5 query (bm25 over an OR of the words, on the core's own
//    index table) and a LIKE scan over the clippings' text, measured in the same run.
// 3. The quick switcher per keystroke for 50 typed queries, beside plain Fuse.js over the same
//    items, the top-10 overlap with plain Fuse, and the first keystroke after a write (a clipping
//    renamed through dispatch, then looked for by its new title) (search-switcher.ts).
// 4. RSS of a fresh process that opens the library (search-open.ts), and the index's size on disk;
//    the next-word index for phrases: its fill time (at build) and size (phrase-index-fill.ts).
// 5. How news-like the library's text is, beside real news from the shared corpus (text-shape.ts).
// Prints a table; asserts nothing. SEARCH_BENCH_ONLY=switcher npm run bench -- search skips the
// search.query shapes and the index size (parts 2 and 4's disk row): the switcher and memory only.
// SEARCH_BENCH_TEXT=independent runs it all on a library of independently drawn words instead.
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { openCore, type Core } from '../../electron/core/core';
import type { SearchResults } from '../../shared/search/types';
import { formatLatency, formatMs, latency, timeEach, type Latency } from './latency';
import { fillPhraseIndexQueue, keptPhraseIndexFill, phraseIndexRows } from './phrase-index-fill';
import { searchTableSizes } from './search-table-sizes';
import { isOnePhrase, likeScan, naiveFullText, phraseCount } from './search-naive';
import type { OpenMemory } from './search-open';
import { QUERIES_PER_SHAPE, queryShapes, type QueryShape } from './search-queries';
import { SEARCH_LIBRARY, TEXT_SHAPE, searchLibrary } from './search-library';
import { CARDS_IN_THE_NEWS } from './search-text';
import { cutToLengths, lowerWords, newsSamples, textShapeFigures, type TextShapeFigures } from './text-shape';
import { SWITCHER_QUERIES, measureAfterWrite, measureSwitcher } from './search-switcher';
import { formatMegabytes, printTable, type BenchRow } from './table';

/** A LIKE scan reads every clipping (seconds each): timed on the first few queries of a shape only. */
const LIKE_RUNS = 5;
const SWITCHER_GOAL_MS = 16;
const OVERLAP_GOAL = 0.8;
const MEMORY_GOAL_BYTES = 300_000_000;
const OPEN_SCRIPT = resolve(__dirname, 'search-open.ts');
const TSX = resolve(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const SWITCHER_ONLY = process.env.SEARCH_BENCH_ONLY === 'switcher';

export async function runSearchBench(): Promise<void> {
  const library = await searchLibrary();
  const refilled = fillPhraseIndexQueue(library.path);
  if (refilled > 0) console.log(`Filled the phrase index for ${refilled} rows that an earlier run's writes queued (the app fills them in the background).`);
  const rows: BenchRow[] = [buildRow(library.builtMs, library.path)];
  const core = openCore(library.path, { logError: () => {} });
  const db = new Database(library.path, { readonly: true, fileMustExist: true });
  try {
    if (!SWITCHER_ONLY) for (const shape of queryShapes(db, library.cards, SEARCH_LIBRARY.clippings)) rows.push(await shapeRow(core, db, shape));
    rows.push(...(await switcherRows(core, db)));
    if (!SWITCHER_ONLY) rows.push(indexSizeRow(db), ...phraseIndexRows(db, keptPhraseIndexFill(library.path)));
    rows.push(...textShapeRows(db));
  } finally {
    db.close();
    core.close();
  }
  rows.push(...(await memoryRows(library.path)));
  printTable(
    `search (${TEXT_SHAPE} text; Node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}; ${Object.entries(SEARCH_LIBRARY)
      .map(([kind, count]) => `${count.toLocaleString('en-GB')} ${kind}`)
      .join(', ')})`,
    rows,
  );
}

function buildRow(builtMs: number | null, path: string): BenchRow {
  return {
    measure: `library: generated and written through the core's stores (${path})`,
    value: builtMs === null ? 'reused (built by an earlier run)' : `built now in ${(builtMs / 1000).toFixed(0)} s`,
    naive: '–',
    ratio: '–',
    goal: '–',
    met: null,
  };
}

async function shapeRow(core: Core, db: Database.Database, shape: QueryShape): Promise<BenchRow> {
  let answered = 0;
  const search = async (query: string) => {
    const result = await core.dispatch('search.query', { query, limit: 20 });
    if (!result.ok) throw new Error(`search.query ${JSON.stringify(query)}: ${result.error.message}`);
    if ((result.value as SearchResults).hits.length > 0) answered++;
  };
  const naive = naiveFullText(db);
  const like = likeScan(db);
  // One untimed call each first: compiling statements and loading pages is not what is measured.
  await search(shape.queries[0]!);
  naive(shape.queries[0]!);
  answered = 0;
  const ours = latency(await timeEach(shape.queries, search));
  const fullText = latency(await timeEach(shape.queries, naive));
  const scan = latency(await timeEach(shape.queries.slice(0, LIKE_RUNS), like));
  return {
    measure: `search.query, ${shape.name}: ${QUERIES_PER_SHAPE} queries such as ${shape.queries[0]} (${answered} with hits)`,
    value: formatLatency(ours),
    naive: `FTS5 OR of the words, bm25: ${formatLatency(fullText)}; LIKE scan (${LIKE_RUNS} queries): p50 ${formatMs(scan.p50)}${await phraseFloor(db, shape)}`,
    ratio: `p95 ${ratio(ours.p95, fullText.p95)} of FTS5 OR; p50 ${ratio(ours.p50, scan.p50)} of LIKE`,
    goal: `p95 ≤ ${shape.goalMs} ms`,
    met: ours.p95 <= shape.goalMs,
  };
}

/** For a shape of phrases only: FTS5's own count of each, timed after the other ways have read the same rows. */
async function phraseFloor(db: Database.Database, shape: QueryShape): Promise<string> {
  if (!shape.queries.every(isOnePhrase)) return '';
  return `; FTS5's count of the phrase alone (no ranking, no snippets): ${formatLatency(latency(await timeEach(shape.queries, phraseCount(db))))}`;
}

function ratio(ours: number, naive: number): string {
  return `${(ours / naive).toFixed(3)}× (${(naive / ours).toFixed(1)}× faster)`;
}

async function switcherRows(core: Core, db: Database.Database): Promise<BenchRow[]> {
  const figures = await measureSwitcher(core, db, CARDS_IN_THE_NEWS);
  const plain = (l: Latency) => `plain Fuse.js over ${figures.items.toLocaleString('en-GB')} items, each query's full text: ${formatLatency(l)}`;
  const afterWrite = await measureAfterWrite(core, db);
  return [
    {
      measure: `search.switcher per keystroke: ${SWITCHER_QUERIES} queries typed one character at a time (${figures.keystrokes.runs} keystrokes), such as ${figures.queries[0]} and ${figures.queries[SWITCHER_QUERIES - 1]}`,
      value: formatLatency(figures.keystrokes),
      naive: plain(figures.plainFuse),
      ratio: `p95 ${ratio(figures.keystrokes.p95, figures.plainFuse.p95)}`,
      goal: `p95 ≤ ${SWITCHER_GOAL_MS} ms`,
      met: figures.keystrokes.p95 <= SWITCHER_GOAL_MS,
    },
    {
      measure: `search.switcher top 10 vs plain Fuse.js top 10 at each query's last keystroke (mean over the ${figures.overlapQueries} queries plain Fuse finds something for)`,
      value: `overlap ${figures.overlap.toFixed(2)} (${figures.overlapWithTies.toFixed(2)} counting items tied with plain Fuse's tenth)`,
      naive: 'plain Fuse.js: 1.00 by definition',
      ratio: '–',
      goal: `≥ ${OVERLAP_GOAL}`,
      met: figures.overlap >= OVERLAP_GOAL,
    },
    {
      measure: `search.switcher first keystroke after a write: ${afterWrite.writes} clipping renames through dispatch (to a new title and back), each followed by a query for the title (${afterWrite.found} of ${afterWrite.renames} new titles in the top 10)`,
      value: formatLatency(afterWrite.firstKeystroke),
      naive: '–',
      ratio: '–',
      goal: `p95 ≤ ${SWITCHER_GOAL_MS} ms, every new title found`,
      met: afterWrite.firstKeystroke.p95 <= SWITCHER_GOAL_MS && afterWrite.found === afterWrite.renames,
    },
  ];
}

/** Clippings whose text is measured for its shape: spread over the library. */
const SHAPE_SAMPLE = 3_000;

/** The library's text beside real news: how widely its commonest content words spread, and how they cluster. */
function textShapeRows(db: Database.Database): BenchRow[] {
  const samples = newsSamples();
  if (samples === null)
    return [{ measure: 'text shape: skipped, the shared corpus (TimeBank, Readability) is missing', value: '–', naive: '–', ratio: '–', goal: '–', met: null }];
  const step = Math.floor(SEARCH_LIBRARY.clippings / SHAPE_SAMPLE);
  const texts = (db.prepare('SELECT text FROM clippings WHERE rowid % ? = 0 ORDER BY rowid').pluck().all(step) as string[]).map((text) =>
    lowerWords(text.slice(text.indexOf('\n\n'))),
  );
  const figures = (f: TextShapeFigures) => `${f.documentShare.toFixed(3)} / ${f.clustering.toFixed(2)}`;
  return samples.map((sample) => {
    const bench = textShapeFigures(
      cutToLengths(
        texts,
        sample.documents.map((words) => words.length),
      ),
    );
    const news = textShapeFigures(sample.documents);
    return {
      measure: `text shape vs ${sample.name} (${news.documents} documents, mean ${news.meanWords.toFixed(0)} words; ${texts.length.toLocaleString('en-GB')} clippings cut to their lengths): the 200 commonest content words' median share of documents / median share over independent draws`,
      value: `this library: ${figures(bench)}`,
      naive: `real news: ${figures(news)}`,
      ratio: `${(bench.documentShare / news.documentShare).toFixed(2)}× the share`,
      goal: '–',
      met: null,
    };
  });
}

/** Every table and index of a search_ table (the FTS5 shadow tables, search_docs and its indexes), largest first, by dbstat. */
/** The search tables' bytes on disk (dbstat), beside the text they index. */
function indexSizeRow(db: Database.Database): BenchRow {
  const sizes = searchTableSizes(db);
  const total = sizes.reduce((sum, row) => sum + row.bytes, 0);
  const text = db.prepare('SELECT sum(length(CAST(title || text AS BLOB))) FROM clippings').pluck().get() as number;
  const top = sizes
    .slice(0, 4)
    .map((row) => `${row.name} ${formatMegabytes(row.bytes)}`)
    .join(', ');
  return {
    measure: `search index on disk (dbstat over search_* tables and indexes: ${top}${sizes.length > 4 ? ', …' : ''})`,
    value: formatMegabytes(total),
    naive: `the clippings' title and text: ${formatMegabytes(text)}`,
    ratio: `${(total / text).toFixed(2)}×`,
    goal: '–',
    met: null,
  };
}

async function memoryRows(path: string): Promise<BenchRow[]> {
  const empty = mkdtempSync(join(tmpdir(), 'notebook-bench-search-empty-'));
  try {
    const idle = await openInChild(join(empty, 'library.sqlite'));
    const large = await openInChild(path);
    const row = (when: string, bytes: number, idleBytes: number): BenchRow => ({
      measure: `memory (RSS) of a fresh process ${when}, the 100,000-clipping library`,
      value: formatMegabytes(bytes),
      naive: `the same with an empty library: ${formatMegabytes(idleBytes)}`,
      ratio: `${(bytes / idleBytes).toFixed(1)}×`,
      goal: `≤ ${formatMegabytes(MEMORY_GOAL_BYTES)}`,
      met: bytes <= MEMORY_GOAL_BYTES,
    });
    return [
      row('after opening', large.afterOpenBytes, idle.afterOpenBytes),
      row('after opening and one search and one switcher query on', large.afterQueriesBytes, idle.afterQueriesBytes),
    ];
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

async function openInChild(path: string): Promise<OpenMemory> {
  const { stdout } = await promisify(execFile)(TSX, [OPEN_SCRIPT, path], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as OpenMemory;
}
