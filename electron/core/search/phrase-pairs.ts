// The next-word index (migration 13): filling search_pairs for the rows search_pairs_pending
// queues, and turning a phrase into the pair phrase that finds it there. Stems and positions are
// FTS5's own, read back through fts5vocab from a scratch FTS5 table with search_index's tokenizer,
// so the pairs match exactly the rows search_index matches. Each column keeps one token per word
// (the last word paired with nothing), so each row's length is the same in both tables (scores:
// pair-scores.ts).
import type Database from 'better-sqlite3';
import { writeTransactions } from '../db/write-transaction';

/** search_index's indexed columns, in order, and its tokenizer (migration 8). */
export const PAIR_COLUMNS = ['title', 'body', 'extra', 'keys'] as const;
const INDEX_TOKENIZER = 'porter unicode61 remove_diacritics 2';
/** Joins two stems into one token: a separator for search_index's tokenizer, so never inside a stem. */
const JOIN = '_';

export type ColumnTexts = Record<(typeof PAIR_COLUMNS)[number], string | null>;
type ColumnStems = Record<(typeof PAIR_COLUMNS)[number], string[]>;

/**
 * Stems texts as search_index does, many at a time (one scratch insert and one vocabulary read per
 * batch), in a scratch FTS5 table in the connection's temp schema: not a second connection, which
 * in Electron would need the app's own build of SQLite's binding. Writing there takes no lock on the
 * library, so a search may stem its phrase. One per connection.
 */
export function createStemmer(db: Database.Database) {
  const known = stemmers.get(db);
  if (known) return known;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.pair_stems USING fts5(${PAIR_COLUMNS.join(', ')}, content = '', tokenize = '${INDEX_TOKENIZER}');
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.pair_stems_vocab USING fts5vocab(temp, pair_stems, instance);`);
  const insert = db.prepare(`INSERT INTO temp.pair_stems (rowid, ${PAIR_COLUMNS.join(', ')}) VALUES (?, ${PAIR_COLUMNS.map(() => '?').join(', ')})`);
  const read = db.prepare('SELECT term, doc, col, offset FROM temp.pair_stems_vocab').raw();
  const clear = db.prepare("INSERT INTO temp.pair_stems (pair_stems) VALUES ('delete-all')");
  const stemmer = {
    stemMany(rows: readonly ColumnTexts[]): ColumnStems[] {
      try {
        rows.forEach((texts, index) => insert.run(index + 1, ...PAIR_COLUMNS.map((column) => texts[column] ?? '')));
        const stems = rows.map(() => Object.fromEntries(PAIR_COLUMNS.map((column) => [column, [] as string[]])) as ColumnStems);
        for (const [term, doc, column, offset] of read.iterate() as Iterable<[string, number, keyof ColumnStems, number]>) {
          stems[doc - 1]![column][offset] = term;
        }
        return stems;
      } finally {
        clear.run();
      }
    },
  };
  stemmers.set(db, stemmer);
  return stemmer;
}

const stemmers = new WeakMap<Database.Database, { stemMany(rows: readonly ColumnTexts[]): ColumnStems[] }>();

/** Each stem joined to the next (the last to nothing). */
function pairs(stems: readonly string[]): string[] {
  return stems.map((stem, index) => `${stem}${JOIN}${stems[index + 1] ?? ''}`);
}

/** A column's pair tokens. */
export function pairTokens(stems: readonly string[]): string {
  return pairs(stems).join(' ');
}

/** The pair phrase that finds a phrase's stems (its last word is in the pair before it); null for fewer than two (search_index finds one word as fast). */
export function pairPhrase(stems: readonly string[]): string | null {
  return stems.length < 2 ? null : `"${pairs(stems).slice(0, -1).join(' ')}"`;
}

export interface PairFillResult {
  /** Rows taken off the queue (filled, or gone from the index meanwhile). */
  done: number;
  /** Rows still queued. */
  left: number;
}

/**
 * Filling search_pairs from the queue, and whether it is complete. `fill` takes rows newest first
 * in one write transaction until about `budgetMs` have passed; SQLITE_BUSY (another process is
 * writing) is left to the caller, who tries again later.
 */
export function createPhrasePairs(db: Database.Database) {
  const stemmer = createStemmer(db);
  const queued = db.prepare<[number], number>('SELECT doc FROM search_pairs_pending ORDER BY doc DESC LIMIT ?').pluck();
  const source = db.prepare<[string], ColumnTexts & { doc: number }>(
    `SELECT doc, ${PAIR_COLUMNS.join(', ')} FROM search_source WHERE doc IN (SELECT value FROM json_each(?))`,
  );
  const insert = db.prepare(`INSERT INTO search_pairs (rowid, ${PAIR_COLUMNS.join(', ')}) VALUES (?, ${PAIR_COLUMNS.map(() => '?').join(', ')})`);
  const dequeue = db.prepare<[string]>('DELETE FROM search_pairs_pending WHERE doc IN (SELECT value FROM json_each(?))');
  const anyQueued = db.prepare('SELECT EXISTS (SELECT 1 FROM search_pairs_pending)').pluck();
  const queuedCount = db.prepare('SELECT count(*) FROM search_pairs_pending').pluck();

  /** One batch: its rows' texts stemmed together, their pairs written, the batch dequeued. */
  function fillBatch(docs: readonly number[]): void {
    const ids = JSON.stringify(docs);
    const rows = source.all(ids);
    const stems = stemmer.stemMany(rows);
    rows.forEach((row, index) => insert.run(row.doc, ...PAIR_COLUMNS.map((column) => pairTokens(stems[index]![column]))));
    dequeue.run(ids);
  }

  const fill = writeTransactions(db)((budgetMs: number, batchRows: number): number => {
    const started = performance.now();
    let done = 0;
    do {
      const docs = queued.all(batchRows);
      if (docs.length === 0) break;
      fillBatch(docs);
      done += docs.length;
    } while (performance.now() - started < budgetMs);
    return done;
  });

  return {
    /** Fills queued rows for about `budgetMs` (at least one batch of `batchRows`). */
    fill(budgetMs: number, batchRows = 8): PairFillResult {
      const done = fill(budgetMs, batchRows);
      return { done, left: queuedCount.get() as number };
    },
    /** A text's stems, in order, as search_index makes them. */
    stems: (text: string): string[] => stemmer.stemMany([{ title: text, body: null, extra: null, keys: null }])[0]!.title,
    /** Whether every row of search_index has its pairs (nothing queued). */
    complete: (): boolean => anyQueued.get() === 0,
    queued: (): number => queuedCount.get() as number,
  };
}

export type PhrasePairs = ReturnType<typeof createPhrasePairs>;
