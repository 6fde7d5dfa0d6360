// Every SQL statement on the clippings domain's tables: clippings, originals, clipping_tags, the
// near-duplicate index (clipping_minhash, clipping_lsh). Reads join tags for tag names, and the
// mention queries read the clipping rows of the search index (search_index: a new clipping's
// entries are written with its row, by search/clipping-entries.ts; edits and deletes by migration
// 8's triggers) and look at passages and their links.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import { LSH_BANDS } from '../../../shared/duplicates';
import type { FacetValue } from '../../../shared/domain';
import { createClippingEntries } from '../search/clipping-entries';
import type { FullRow, OriginalRow, SummaryRow } from './rows';

type ListInput = ParsedInputOf<'clippings.list'>;

export type ClippingsStore = ReturnType<typeof createClippingsStore>;

export function createClippingsStore(db: Database.Database) {
  return {
    ...createClippingReads(db),
    ...createClippingWrites(db),
    duplicates: createDuplicateRows(db),
    mentions: createMentionQueries(db),
  };
}

/** The columns every summary needs; `text` is only its first 400 characters. */
const SUMMARY_COLUMNS = `
  c.id, c.title, c.outlet, c.byline, c.published_at, c.url, c.lang, c.captured_at, c.word_count,
  c.reliability, c.credibility, c.sha256, c.source_name, c.trashed_at,
  c.near_duplicate_of, d.title AS near_duplicate_title, substr(c.text, 1, 400) AS text`;
const SUMMARY_FROM = 'FROM clippings c LEFT JOIN clippings d ON d.id = c.near_duplicate_of';

function createClippingReads(db: Database.Database) {
  const full = db.prepare(`SELECT c.*, d.title AS near_duplicate_title ${SUMMARY_FROM} WHERE c.id = ?`);
  const original = db.prepare(
    'SELECT o.sha256, o.bytes, o.byte_length, o.media_type, c.source_name FROM clippings c JOIN originals o ON o.sha256 = c.sha256 WHERE c.id = ?',
  );
  const tagsFor = db.prepare(`
    SELECT ct.clipping_id AS id, t.name FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id
    WHERE ct.clipping_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`);
  const outletFacets = db.prepare(`
    SELECT min(outlet) AS value, count(*) AS count FROM clippings
    WHERE trashed_at IS NULL AND outlet IS NOT NULL GROUP BY outlet COLLATE NOCASE ORDER BY value COLLATE NOCASE`);
  const tagFacets = db.prepare(`
    SELECT t.name AS value, count(*) AS count FROM tags t
    JOIN clipping_tags ct ON ct.tag_id = t.id JOIN clippings c ON c.id = ct.clipping_id AND c.trashed_at IS NULL
    GROUP BY t.id ORDER BY t.name COLLATE NOCASE`);
  const text = db.prepare('SELECT text FROM clippings WHERE id = ?').pluck();
  const title = db.prepare('SELECT title FROM clippings WHERE id = ?').pluck();
  const exists = db.prepare('SELECT 1 FROM clippings WHERE id = ?').pluck();
  const firstMissing = db.prepare('SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM clippings) LIMIT 1').pluck();
  const counts = db.prepare(
    'SELECT count(*) FILTER (WHERE trashed_at IS NULL) AS live, count(*) FILTER (WHERE trashed_at IS NOT NULL) AS trashed FROM clippings',
  );
  const latestCapture = db.prepare('SELECT max(captured_at) FROM clippings').pluck();

  return {
    full: (id: string): FullRow | undefined => full.get(id) as FullRow | undefined,
    original: (id: string): OriginalRow | undefined => original.get(id) as OriginalRow | undefined,

    /** One page of the Library (or the Trash) in its sort and filters, and how many match in all. */
    page(input: ListInput): { rows: SummaryRow[]; total: number } {
      const sql = listSql(input);
      const total = db.prepare(`SELECT count(*) FROM clippings c WHERE ${sql.where}`).pluck().get(sql.params) as number;
      const rows = db
        .prepare(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT @limit OFFSET @offset`)
        .all({ ...sql.params, limit: input.limit, offset: input.offset }) as SummaryRow[];
      return { rows, total };
    },

    /** Tag names per clipping id, for a page of rows in one query. */
    tagsOf(ids: readonly string[]): Map<string, string[]> {
      const byId = new Map<string, string[]>(ids.map((id) => [id, []]));
      if (ids.length === 0) return byId;
      for (const row of tagsFor.all(JSON.stringify(ids)) as Array<{ id: string; name: string }>) byId.get(row.id)?.push(row.name);
      return byId;
    },

    outletFacets: (): FacetValue[] => outletFacets.all() as FacetValue[],
    tagFacets: (): FacetValue[] => tagFacets.all() as FacetValue[],
    text: (id: string): string | null => (text.get(id) as string | undefined) ?? null,
    title: (id: string): string | null => (title.get(id) as string | undefined) ?? null,
    exists: (id: string): boolean => exists.get(id) !== undefined,
    /** The first of the ids that names no clipping, or null. */
    firstMissing: (ids: readonly string[]): string | null => (firstMissing.get(JSON.stringify(ids)) as string | undefined) ?? null,
    counts: () => counts.get() as { live: number; trashed: number },
    latestCapture: (): string | null => latestCapture.get() as string | null,
  };
}

/** A clipping as stored when it arrives. */
export interface NewClippingRow {
  id: string;
  title: string;
  text: string;
  html: string | null;
  pageStarts: string | null;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  lang: string | null;
  sha256: string;
  sourceName: string | null;
  importer: string;
  importerVersion: string;
  wordCount: number;
  textHash: string;
  nearDuplicateOf: string | null;
  now: string;
}

/** The columns an edit may change, by the contract's field names. */
const EDITABLE_COLUMNS = {
  title: 'title',
  outlet: 'outlet',
  byline: 'byline',
  publishedAt: 'published_at',
  url: 'url',
  lang: 'lang',
  reliability: 'reliability',
  credibility: 'credibility',
} as const;

export type EditableField = keyof typeof EDITABLE_COLUMNS;

function createClippingWrites(db: Database.Database) {
  const searchEntries = createClippingEntries(db);
  const insertOriginal = db.prepare('INSERT OR IGNORE INTO originals (sha256, bytes, byte_length, media_type) VALUES (?, ?, ?, ?)');
  const insertClipping = db.prepare(`
    INSERT INTO clippings (id, title, text, html, page_starts, outlet, byline, published_at, url, lang, sha256, source_name,
      importer, importer_version, word_count, text_hash, near_duplicate_of, captured_at, updated_at)
    VALUES (@id, @title, @text, @html, @pageStarts, @outlet, @byline, @publishedAt, @url, @lang, @sha256, @sourceName,
      @importer, @importerVersion, @wordCount, @textHash, @nearDuplicateOf, @now, @now)`);
  const setTrashed = db.prepare('UPDATE clippings SET trashed_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND trashed_at IS NULL');
  const setRestored = db.prepare('UPDATE clippings SET trashed_at = NULL WHERE id IN (SELECT value FROM json_each(?)) AND trashed_at IS NOT NULL');
  const linkTag = db.prepare('INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) VALUES (?, ?)');
  const unlinkTag = db.prepare('DELETE FROM clipping_tags WHERE clipping_id = ? AND tag_id = ?');
  const unlinkTags = db.prepare('DELETE FROM clipping_tags WHERE clipping_id = ?');

  return {
    insertOriginal(sha256: string, bytes: Uint8Array, mediaType: string): void {
      insertOriginal.run(sha256, bytes, bytes.length, mediaType);
    },
    /** Stores the row and its search entries; its rowid, which keys the near-duplicate index. */
    insert(row: NewClippingRow): number {
      const rowid = Number(insertClipping.run(row).lastInsertRowid);
      searchEntries.add({ rowid, id: row.id, title: row.title, text: row.text, outlet: row.outlet, byline: row.byline, publishedAt: row.publishedAt });
      return rowid;
    },
    /** Sets the given fields (by their contract names) and updated_at. */
    update(id: string, fields: Partial<Record<EditableField, unknown>>, updatedAt: string): void {
      const columns: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(fields)) columns[EDITABLE_COLUMNS[field as EditableField]] = value;
      const assignments = [...Object.keys(columns).map((name) => `${name} = @${name}`), 'updated_at = @updatedAt'];
      db.prepare(`UPDATE clippings SET ${assignments.join(', ')} WHERE id = @id`).run({ ...columns, updatedAt, id });
    },
    /** Moves the live ones among `ids` to the Trash; how many moved. */
    trash: (ids: readonly string[], at: string): number => setTrashed.run(at, JSON.stringify(ids)).changes,
    /** Brings the trashed ones among `ids` back; how many came back. */
    restore: (ids: readonly string[]): number => setRestored.run(JSON.stringify(ids)).changes,
    linkTag: (clippingId: string, tagId: number): void => void linkTag.run(clippingId, tagId),
    unlinkTag: (clippingId: string, tagId: number): void => void unlinkTag.run(clippingId, tagId),
    unlinkTags: (clippingId: string): void => void unlinkTags.run(clippingId),
  };
}

function createDuplicateRows(db: Database.Database) {
  const byHash = db.prepare('SELECT id FROM clippings WHERE text_hash = ? ORDER BY trashed_at IS NOT NULL, captured_at LIMIT 1').pluck();
  // One range scan of clipping_lsh's primary key per band, OR'ed (SQLite's multi-index OR): a
  // third of the time of the same pairs read from a json_each list, on the import path.
  const bandMatches = Array.from({ length: LSH_BANDS }, (_, band) => `(l.band = ${band} AND l.bucket = ?)`).join(' OR ');
  const candidates = db.prepare(`SELECT DISTINCT c.id FROM clipping_lsh l JOIN clippings c ON c.rowid = l.clipping_rowid WHERE ${bandMatches}`).pluck();
  const insertSignature = db.prepare('INSERT OR REPLACE INTO clipping_minhash (clipping_rowid, signature) VALUES (?, ?)');
  // All of a clipping's bands in one statement: (band, bucket, rowid) for each band in order.
  const bandRows = Array.from({ length: LSH_BANDS }, (_, band) => `(${band}, ?, ?)`).join(', ');
  const insertBuckets = db.prepare(`INSERT OR IGNORE INTO clipping_lsh (band, bucket, clipping_rowid) VALUES ${bandRows}`);
  const setHash = db.prepare('UPDATE clippings SET text_hash = ? WHERE rowid = ?');
  const batch = db.prepare('SELECT rowid, text FROM clippings WHERE rowid > ? ORDER BY rowid LIMIT 500');
  const rowCounts = db.prepare('SELECT (SELECT count(*) FROM clipping_minhash) AS minhash, (SELECT count(*) FROM clipping_lsh) AS lsh');

  return {
    /** The clipping whose normalised text has this hash (the Library's before the Trash's), if any. */
    withHash: (hash: string): string | null => (byHash.get(hash) as string | undefined) ?? null,
    /** Clippings that share the bucket of at least one band (`buckets[band]`, LSH_BANDS of them). */
    candidates: (buckets: readonly number[]): string[] => candidates.all(buckets) as string[],
    /** Indexes the clipping of this rowid: its signature and one bucket per band (LSH_BANDS of them). */
    add(clippingRowid: number, signature: Uint32Array, buckets: readonly number[]): void {
      insertSignature.run(clippingRowid, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
      insertBuckets.run(buckets.flatMap((bucket) => [bucket, clippingRowid]));
    },
    clear: (): void => void db.exec('DELETE FROM clipping_lsh; DELETE FROM clipping_minhash;'),
    setHash: (clippingRowid: number, hash: string): void => void setHash.run(hash, clippingRowid),
    /**
     * Every clipping's text, 500 rows at a time, for `visit` to write about: a connection cannot
     * write while it is still stepping through a read.
     */
    forEachText(visit: (rowid: number, text: string) => void): void {
      for (let after = 0; ;) {
        const rows = batch.all(after) as Array<{ rowid: number; text: string }>;
        if (rows.length === 0) return;
        for (const row of rows) visit(row.rowid, row.text);
        after = rows[rows.length - 1]!.rowid;
      }
    },
    rowCounts: () => rowCounts.get() as { minhash: number; lsh: number },
  };
}

const MENTION_LIMIT = 200;

/** The clipping has no passage linked to the card yet. */
const UNLINKED = `NOT EXISTS (
  SELECT 1 FROM passages p JOIN passage_entities pe ON pe.passage_id = p.id WHERE p.clipping_id = c.id AND pe.entity_id = @entityId)`;

/** Live clippings with a passage linked to the card, found through its links rather than its names. */
const LINKED_CLIPPINGS = `
  SELECT DISTINCT c.id, c.title, 1 AS linked, c.captured_at FROM passage_entities pe
  JOIN passages p ON p.id = pe.passage_id JOIN clippings c ON c.id = p.clipping_id
  WHERE pe.entity_id = @entityId AND c.trashed_at IS NULL`;

/** search_index's rowids below this are clippings' (migration 8: search_docs' rowids start here). */
const DOCS_ROWID_BASE = 2 ** 40;

/** Live clippings whose text matches @match (an FTS5 query on search_index's body column) and have no passage linked to the card. */
const UNLINKED_MATCHES = `
  FROM search_index f JOIN clippings c ON c.rowid = f.rowid
  WHERE search_index MATCH @match AND f.rowid < ${DOCS_ROWID_BASE} AND c.trashed_at IS NULL AND ${UNLINKED}`;

/** `phrases` (FTS5 phrases joined by OR) looked for in the clippings' text only, not their titles. */
const inText = (phrases: string): string => `body : (${phrases})`;

/**
 * Clippings that mention a card, through the search index (`phrases` is an FTS5 OR of the card's
 * names as phrases), so no scan reads every clipping's text; and those with a passage linked to it.
 * The index stems English suffixes (porter): a phrase also finds its words' plurals and -ed/-ing
 * forms. Linking (entities/link-mentions) links only occurrences its folded word scan confirms.
 */
function createMentionQueries(db: Database.Database) {
  const linkedOnly = db.prepare(`
    SELECT id, title, linked FROM (${LINKED_CLIPPINGS}) ORDER BY captured_at DESC, id LIMIT ${MENTION_LIMIT}`);
  const linkedThenMentioning = db.prepare(`
    SELECT id, title, linked FROM (${LINKED_CLIPPINGS}
      UNION ALL
      SELECT c.id, c.title, 0 AS linked, c.captured_at ${UNLINKED_MATCHES})
    ORDER BY linked DESC, captured_at DESC, id LIMIT ${MENTION_LIMIT}`);
  const unlinkedCount = db.prepare(`SELECT count(*) ${UNLINKED_MATCHES}`).pluck();
  const unlinked = db.prepare(`SELECT c.id, c.text ${UNLINKED_MATCHES} ORDER BY c.captured_at, c.id`);
  const unlinkedAmong = db.prepare(`
    SELECT c.id, c.text ${UNLINKED_MATCHES} AND c.id IN (SELECT value FROM json_each(@ids))
    ORDER BY c.captured_at, c.id`);

  type MentionRow = { id: string; title: string; linked: number };
  return {
    /** Up to 200 live clippings with a passage linked to the card, newest first. */
    linked: (entityId: string): MentionRow[] => linkedOnly.all({ entityId }) as MentionRow[],
    /** Up to 200: those with a linked passage first, then those whose text matches `phrases`; newest first in each. */
    linkedThenMatching: (entityId: string, phrases: string): MentionRow[] => linkedThenMentioning.all({ entityId, match: inText(phrases) }) as MentionRow[],
    /** How many live clippings' texts match `phrases` and have no passage linked to the card. */
    unlinkedCount: (entityId: string, phrases: string): number => unlinkedCount.get({ entityId, match: inText(phrases) }) as number,
    /** Those clippings with their text, oldest first; only among `clippingIds` when given. */
    unlinked(entityId: string, phrases: string, clippingIds?: readonly string[]): Array<{ id: string; text: string }> {
      const match = inText(phrases);
      const rows = clippingIds === undefined ? unlinked.all({ entityId, match }) : unlinkedAmong.all({ entityId, match, ids: JSON.stringify(clippingIds) });
      return rows as Array<{ id: string; text: string }>;
    },
  };
}

const ORDER: Record<ListInput['sort'], (dir: string) => string> = {
  captured: (dir) => `c.captured_at ${dir}, c.id ${dir}`,
  // Undated and ungraded clippings go last whichever way the column is sorted.
  published: (dir) => `c.published_at IS NULL, c.published_at ${dir}, c.id ${dir}`,
  title: (dir) => `c.title COLLATE NOCASE ${dir}, c.id ${dir}`,
  outlet: (dir) => `c.outlet IS NULL, c.outlet COLLATE NOCASE ${dir}, c.id ${dir}`,
  grade: (dir) => `c.reliability IS NULL, c.reliability ${dir}, c.credibility IS NULL, c.credibility ${dir}, c.id ${dir}`,
};

/** SQL for the Library's sort and filters. Column names come from fixed maps, never from input; values travel as parameters. */
function listSql(input: ListInput): { where: string; orderBy: string; params: Record<string, string | number> } {
  const conditions = [input.trash ? 'c.trashed_at IS NOT NULL' : 'c.trashed_at IS NULL'];
  const params: Record<string, string | number> = {};
  const { filter } = input;
  if (filter.outlet !== undefined) {
    conditions.push('c.outlet = @outlet COLLATE NOCASE');
    params.outlet = filter.outlet;
  }
  if (filter.tag !== undefined) {
    conditions.push('EXISTS (SELECT 1 FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clipping_id = c.id AND t.name = @tag)');
    params.tag = filter.tag;
  }
  if (filter.reliability !== undefined) {
    conditions.push('c.reliability = @reliability');
    params.reliability = filter.reliability;
  }
  if (filter.credibility !== undefined) {
    conditions.push('c.credibility = @credibility');
    params.credibility = filter.credibility;
  }
  // Partial dates compare on the precision the filter gives: "2014" includes "2014-07-02".
  if (filter.publishedFrom !== undefined) {
    conditions.push('substr(c.published_at, 1, length(@publishedFrom)) >= @publishedFrom');
    params.publishedFrom = filter.publishedFrom;
  }
  if (filter.publishedTo !== undefined) {
    conditions.push('substr(c.published_at, 1, length(@publishedTo)) <= @publishedTo');
    params.publishedTo = filter.publishedTo;
  }
  return { where: conditions.join(' AND '), orderBy: ORDER[input.sort](input.direction === 'asc' ? 'ASC' : 'DESC'), params };
}
