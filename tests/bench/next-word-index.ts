// A next-word index, for the search-pairs bench only (not in the app): each position of each column
// holds its word's stem joined to the next word's stem, so a phrase of n words is a phrase of n − 1
// pair tokens, most of them rare, where FTS5 would otherwise check positions in every row holding
// all n words. Stems and positions are FTS5's own (read back from a scratch FTS5 table with the
// app's tokenizer through fts5vocab), so the pairs match exactly what the app's index matches; each
// column keeps one token per word (the last paired with nothing), so FTS5's bm25 over this table
// equals the app's, row for row.
import Database from 'better-sqlite3';

/** The app's search_index columns that are indexed, and its tokenizer (migration 008-search). */
export const INDEXED_COLUMNS = ['title', 'body', 'extra', 'keys'] as const;
const APP_TOKENIZER = 'porter unicode61 remove_diacritics 2';
/** Joins two stems into one token: not a token character for the app's tokenizer, so never inside a stem. */
const JOIN = '_';

export type ColumnTexts = Record<(typeof INDEXED_COLUMNS)[number], string | null>;

/** Creates the pair table in `db` (contentless: its text is the app's). */
export function createPairTable(db: Database.Database): void {
  db.exec(
    `CREATE VIRTUAL TABLE pairs USING fts5(${INDEXED_COLUMNS.join(', ')}, content = '', tokenize = "unicode61 remove_diacritics 0 tokenchars '${JOIN}'")`,
  );
}

/** Turns texts into their FTS5 stems, column by column, through a scratch in-memory FTS5 table. */
export function stemmer() {
  const scratch = new Database(':memory:');
  scratch.exec(`CREATE VIRTUAL TABLE t USING fts5(${INDEXED_COLUMNS.join(', ')}, content = '', tokenize = '${APP_TOKENIZER}');
    CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, instance);`);
  const insert = scratch.prepare(`INSERT INTO t (rowid, ${INDEXED_COLUMNS.join(', ')}) VALUES (1, ${INDEXED_COLUMNS.map(() => '?').join(', ')})`);
  const read = scratch.prepare('SELECT term, col, offset FROM v').raw();
  const clear = scratch.prepare("INSERT INTO t (t) VALUES ('delete-all')");
  return (texts: ColumnTexts): Record<string, string[]> => {
    insert.run(...INDEXED_COLUMNS.map((column) => texts[column] ?? ''));
    const stems: Record<string, string[]> = Object.fromEntries(INDEXED_COLUMNS.map((column) => [column, []]));
    for (const [term, column, offset] of read.all() as Array<[string, string, number]>) stems[column]![offset] = term;
    clear.run();
    return stems;
  };
}

/** A column's pair tokens: each stem joined to the next (the last to nothing). */
export function pairTokens(stems: readonly string[]): string {
  return stems.map((stem, index) => `${stem}${JOIN}${stems[index + 1] ?? ''}`).join(' ');
}

/** The pair phrase that finds a phrase's stems (null for one word: the app's index finds it as fast). */
export function pairPhrase(stems: readonly string[]): string | null {
  if (stems.length < 2) return null;
  return `"${stems
    .slice(0, -1)
    .map((stem, index) => `${stem}${JOIN}${stems[index + 1]}`)
    .join(' ')}"`;
}
