// The switcher's items read from the library, and after a write only what changed since, put
// straight into the index (which is the one record of what is held): cards, notes and events from
// search_docs (its triggers replace an item's row on every change, and its AUTOINCREMENT doc
// numbers only grow, so rows past the last one seen are the changed items), and clippings written
// through this connection from a log that temporary triggers keep (a rename is then looked up
// alone), and after another process's commit from one list of every title and id, built by SQLite
// from the title index (not the rows with their text), of which only the span between the chunks
// alike at its start and at its end is looked at; trashed ones from the trash index. Only digests
// of the list's 64 KB chunks are held: the list itself took 17 MB at 100,000 clippings (a string
// takes two bytes a character once one title holds a curly quote). The log costs a lookup per
// changed clipping; the whole list ~25 ms at 100,000 clippings; building again about 2 s.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { SearchKind } from '../../../shared/search/query-syntax';
import type { SwitcherCandidate } from '../../../shared/search/switcher-fuse';

const CARD_DETAIL = `CASE WHEN e.type = 'other' AND e.other_label IS NOT NULL THEN e.other_label ELSE e.type END`;

/** Every switcher item, in the order the bench's plain Fuse reads them. */
const ITEMS_SQL = `
  SELECT 'clipping' AS kind, id, title, '' AS aliases, coalesce(outlet, '') AS detail FROM clippings WHERE trashed_at IS NULL
  UNION ALL SELECT 'card', e.id, e.name,
    coalesce((SELECT group_concat(n.name, ' · ') FROM entity_names n WHERE n.entity_id = e.id AND n.is_primary = 0), ''), ${CARD_DETAIL}
    FROM entities e WHERE e.merged_into IS NULL
  UNION ALL SELECT 'note', id, title, '', 'note' FROM notes
  UNION ALL SELECT 'event', id, title, '', 'event' FROM events WHERE deleted_at IS NULL`;

/** Cards, notes and events whose search_docs row is newer than `seen` (its aliases are the card's other names). */
const CHANGED_DOCS_SQL = `
  SELECT d.kind, d.item_id AS id, d.title, d.aliases,
    CASE d.kind WHEN 'card' THEN (SELECT ${CARD_DETAIL} FROM entities e WHERE e.id = d.item_id) ELSE d.kind END AS detail
  FROM search_docs d WHERE d.doc > ? AND d.kind <> 'passage'`;

type ItemRow = SwitcherCandidate;

/** The kinds read from search_docs. */
const DOC_KINDS = ['card', 'note', 'event'] as const satisfies readonly SearchKind[];

/**
 * The items held: the switcher's index. It is the one record of what was read, so changes are
 * compared with it and go straight to it (a second map of 100,000 ids and titles cost 4 MB).
 */
export interface HeldItems {
  /** The held item's title; undefined when none is held. */
  title(kind: SearchKind, id: string): string | undefined;
  ids(kind: SearchKind): Iterable<string>;
  count(kind: SearchKind): number;
  /** Adds `item`, replacing the one of its kind and id; false when there is no room (build again). */
  put(item: SwitcherCandidate): boolean;
  remove(kind: SearchKind, id: string): void;
}

/** Between a clipping's title and id, and between clippings, in the list of every title. */
const FIELD = '\u001f';
const RECORD = '\u001e';
const RECORD_BYTE = 0x1e;
/** The list is held as digests of chunks this long: a changed clipping costs a chunk or two of records. */
const CHUNK = 65_536;

/** A list's length, and digests of its whole chunks counted from its start and from its end. */
interface ListDigest {
  length: number;
  fromStart: string[];
  fromEnd: string[];
}

function digestOf(list: Buffer): ListDigest {
  const chunks = Math.floor(list.length / CHUNK);
  const digest = (from: number) =>
    createHash('sha256')
      .update(list.subarray(from, from + CHUNK))
      .digest('base64');
  return {
    length: list.length,
    fromStart: Array.from({ length: chunks }, (_, at) => digest(at * CHUNK)),
    fromEnd: Array.from({ length: chunks }, (_, at) => digest(list.length - (at + 1) * CHUNK)),
  };
}

/** How many digests `a` and `b` share from their first one on. */
function sameDigests(a: string[], b: string[]): number {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count++;
  return count;
}

/**
 * The records of the list `after` that may not be at the same place in the list `before` was
 * digested from (a superset of the changed ones): the chunks alike at its start and at its end are
 * the same in both lists, so only the span between them is decoded and split: a renamed, added or
 * removed clipping costs a chunk or two of records, each compared with the title held.
 */
function changedRecords(before: ListDigest, after: Buffer, afterDigest: ListDigest): string[] {
  const prefix = sameDigests(before.fromStart, afterDigest.fromStart) * CHUNK;
  const suffix = Math.min(sameDigests(before.fromEnd, afterDigest.fromEnd) * CHUNK, Math.min(before.length, after.length) - prefix);
  // Widen the span to whole records: from the separator before it to the one after it (a separator
  // byte is never part of a longer UTF-8 character).
  const start = prefix === 0 ? 0 : after.lastIndexOf(RECORD_BYTE, prefix - 1) + 1;
  const end = after.indexOf(RECORD_BYTE, after.length - suffix);
  const span = after.toString('utf8', start, end < 0 ? after.length : end);
  return span === '' ? [] : span.split(RECORD);
}

/**
 * The clippings this connection inserts, renames, trashes, restores or deletes, and the cards,
 * notes and events whose search_docs row it removes (every change removes the row and inserts it
 * again; a deleted or merged item's row is only removed), logged by temporary triggers (they see
 * only this connection's writes, and roll back with them). Made when the switcher first loads, so a
 * process that never opens it never logs.
 */
const CHANGE_LOG_SQL = `
  CREATE TEMP TABLE IF NOT EXISTS switcher_touched (id TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TEMP TRIGGER IF NOT EXISTS switcher_touched_insert AFTER INSERT ON main.clippings
    BEGIN INSERT OR IGNORE INTO switcher_touched (id) VALUES (new.id); END;
  CREATE TEMP TRIGGER IF NOT EXISTS switcher_touched_update AFTER UPDATE OF title, trashed_at ON main.clippings
    BEGIN INSERT OR IGNORE INTO switcher_touched (id) VALUES (new.id); END;
  CREATE TEMP TRIGGER IF NOT EXISTS switcher_touched_delete AFTER DELETE ON main.clippings
    BEGIN INSERT OR IGNORE INTO switcher_touched (id) VALUES (old.id); END;
  CREATE TEMP TABLE IF NOT EXISTS switcher_docs_removed (kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;
  CREATE TEMP TRIGGER IF NOT EXISTS switcher_docs_removed_delete AFTER DELETE ON main.search_docs WHEN old.kind <> 'passage'
    BEGIN INSERT OR IGNORE INTO switcher_docs_removed (kind, id) VALUES (old.kind, old.item_id); END;`;

/** Logged rows whose item has no row now: deleted notes and events, merged cards. */
const GONE_DOCS_SQL = `SELECT r.kind, r.id FROM switcher_docs_removed r
  WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.kind = r.kind AND d.item_id = r.id)`;

interface ChangeLog {
  touchedClippings: Database.Statement<[], string>;
  goneDocs: Database.Statement<[], { kind: SearchKind; id: string }>;
  clear(): void;
}

export function createSwitcherItems(db: Database.Database) {
  let log: ChangeLog | null = null;
  const all = db.prepare<[], ItemRow>(ITEMS_SQL);
  // At least as many as the items (trashed clippings and merged cards count too), counted from
  // indexes: under a millisecond once their pages are cached.
  const itemBound = db
    .prepare('SELECT (SELECT count(*) FROM clippings) + (SELECT count(*) FROM entities) + (SELECT count(*) FROM notes) + (SELECT count(*) FROM events)')
    .pluck();
  const lastDoc = db.prepare('SELECT coalesce(max(doc), 0) FROM search_docs').pluck();
  const changedDocs = db.prepare<[number], ItemRow>(CHANGED_DOCS_SQL);
  const docCount = db.prepare("SELECT count(*) FROM search_docs WHERE kind <> 'passage'").pluck();
  const docKeys = db.prepare<[], { kind: SearchKind; id: string }>("SELECT kind, item_id AS id FROM search_docs WHERE kind <> 'passage'");
  // Every clipping's title and id as one list of UTF-8 bytes, in the title index's order: SQLite
  // builds it from that small index without reading the rows.
  const titleList = db
    .prepare(`SELECT CAST(coalesce(group_concat(title || char(31) || id, char(30)), '') AS BLOB) FROM clippings INDEXED BY clippings_by_title`)
    .pluck();
  const clippingCount = db.prepare('SELECT count(*) FROM clippings').pluck();
  const trashedIds = db.prepare('SELECT id FROM clippings INDEXED BY clippings_trashed WHERE trashed_at IS NOT NULL').pluck();
  const clipping = db.prepare<[string], ItemRow>(`SELECT 'clipping' AS kind, id, title, '' AS aliases, coalesce(outlet, '') AS detail
    FROM clippings WHERE id = ? AND trashed_at IS NULL`);

  /** The last search_docs row seen, the trashed ids, and the digest of the title list they were read with. */
  let seenDoc = 0;
  let heldTrash = new Set<string>();
  let heldList = digestOf(Buffer.alloc(0));

  /**
   * Every item, to build the index with, and about how many there are; what later calls to
   * `update` compare with. The marks (last doc, title list, trash) are read before the items, so a
   * commit by another process in between is seen again next time: putting an item again is
   * harmless. (Transactions here are only for writes.) The rows stream: read them once, at once.
   */
  function load(): { rows: Iterable<SwitcherCandidate>; expected: number } {
    if (log === null) {
      db.exec(CHANGE_LOG_SQL);
      const clear = [db.prepare('DELETE FROM switcher_touched'), db.prepare('DELETE FROM switcher_docs_removed')];
      log = {
        touchedClippings: db.prepare<[], string>('SELECT id FROM switcher_touched').pluck(),
        goneDocs: db.prepare<[], { kind: SearchKind; id: string }>(GONE_DOCS_SQL),
        clear: () => clear.forEach((statement) => statement.run()),
      };
    }
    log.clear();
    seenDoc = lastDoc.get() as number;
    heldList = digestOf(titleList.get() as Buffer);
    heldTrash = new Set(trashedIds.all() as string[]);
    return { rows: all.iterate(), expected: itemBound.get() as number };
  }

  /** Puts the item when it fits; once one does not, `update` reports it and the index is built again. */
  let fits = true;
  const put = (held: HeldItems, item: SwitcherCandidate) => {
    if (fits) fits = held.put(item);
  };

  function docChanges(held: HeldItems, othersWrote: boolean): void {
    const newest = lastDoc.get() as number;
    for (const row of changedDocs.all(seenDoc)) put(held, row);
    seenDoc = newest;
    // A deleted note, a merged card or a deleted event leaves no new row: its old row is only gone.
    // This connection's removals are in the log; another's show only as fewer rows than are held,
    // which counting every row finds (2.5 ms at 32,000 cards, notes and events, on each first
    // keystroke after a write).
    if (!othersWrote) {
      for (const { kind, id } of log!.goneDocs.all()) held.remove(kind, id);
      return;
    }
    if ((docCount.get() as number) === DOC_KINDS.reduce((sum, kind) => sum + held.count(kind), 0)) return;
    const live = new Set(docKeys.all().map((row) => `${row.kind}:${row.id}`));
    for (const kind of DOC_KINDS) for (const id of [...held.ids(kind)]) if (!live.has(`${kind}:${id}`)) held.remove(kind, id);
  }

  function putClipping(held: HeldItems, id: string): void {
    const row = clipping.get(id);
    if (row !== undefined) put(held, row);
  }

  /** New and renamed clippings from the title list's changed span; trashed and restored ones from the trash index. */
  function clippingChanges(held: HeldItems): void {
    const trash = new Set(trashedIds.all() as string[]);
    const list = titleList.get() as Buffer;
    const listDigest = digestOf(list);
    for (const record of changedRecords(heldList, list, listDigest)) {
      const split = record.lastIndexOf(FIELD);
      const id = record.slice(split + 1);
      if (!trash.has(id) && held.title('clipping', id) !== record.slice(0, split)) putClipping(held, id);
    }
    for (const id of trash) held.remove('clipping', id);
    for (const id of heldTrash) if (!trash.has(id) && held.title('clipping', id) === undefined) putClipping(held, id);
    heldList = listDigest;
    heldTrash = trash;
    // A clipping deleted for good leaves more held than live: find which from the whole list.
    if (held.count('clipping') === (clippingCount.get() as number) - trash.size) return;
    const live = new Set(
      list
        .toString()
        .split(RECORD)
        .map((record) => record.slice(record.lastIndexOf(FIELD) + 1)),
    );
    for (const id of [...held.ids('clipping')]) if (!live.has(id)) held.remove('clipping', id);
  }

  /** The clippings this connection changed, each looked up again: only when no other process has committed. */
  function loggedClippingChanges(held: HeldItems): void {
    for (const id of log!.touchedClippings.all()) {
      held.remove('clipping', id);
      putClipping(held, id);
    }
  }

  /**
   * Brings `held` up to date with what changed since the last `load` or `update`; false when it had
   * no room for every changed item (then build again from `load`). `othersWrote`: another
   * connection has committed since (PRAGMA data_version), which the log cannot see.
   */
  function update(held: HeldItems, othersWrote: boolean): boolean {
    fits = true;
    docChanges(held, othersWrote);
    if (othersWrote) clippingChanges(held);
    else loggedClippingChanges(held);
    log!.clear();
    return fits;
  }

  return { load, update };
}
