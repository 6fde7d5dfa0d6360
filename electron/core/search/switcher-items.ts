// The switcher's items read from the library, and after a write only what changed since: cards,
// notes and events from search_docs (its triggers replace an item's row on every change, and its
// AUTOINCREMENT doc numbers only grow, so rows past the last one seen are the changed items), and
// clippings written through this connection from a log that temporary triggers keep (a rename
// is then looked up alone), and after another process's commit from one string of every title and
// id, built by SQLite from the title index (not the rows with their text) and compared whole, then
// only its changed span looked at; trashed ones from the trash index. The log costs a lookup per
// changed clipping; the whole string costs ~100 ms at 100,000 clippings; building again cost seconds.
import type Database from 'better-sqlite3';
import type { SearchKind } from '../../../shared/search/query-syntax';
import type { SwitcherCandidate } from '../../../shared/search/switcher-fuse';
import { changedRecords } from './changed-records';
import type { IndexedItem } from './switcher-index';

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

const keyOf = (kind: SearchKind, id: string) => `${kind}:${id}`;

const indexed = (row: ItemRow): IndexedItem => ({ ...row, key: keyOf(row.kind, row.id) });

/** What changed since the last read: items to add (or replace, by key) and keys to remove. */
export interface SwitcherChanges {
  put: IndexedItem[];
  removed: string[];
}

/** Between a clipping's title and id, and between clippings, in the list of every title. */
const FIELD = '\u001f';
const RECORD = '\u001e';

/**
 * The clippings this connection inserts, renames, trashes, restores or deletes, logged by temporary
 * triggers (they see only this connection's writes, and roll back with them). Made when the
 * switcher first loads, so a process that never opens it never logs.
 */
const TOUCHED_LOG_SQL = `
  CREATE TEMP TABLE IF NOT EXISTS switcher_touched (id TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TEMP TRIGGER IF NOT EXISTS switcher_touched_insert AFTER INSERT ON main.clippings
    BEGIN INSERT OR IGNORE INTO switcher_touched (id) VALUES (new.id); END;
  CREATE TEMP TRIGGER IF NOT EXISTS switcher_touched_update AFTER UPDATE OF title, trashed_at ON main.clippings
    BEGIN INSERT OR IGNORE INTO switcher_touched (id) VALUES (new.id); END;
  CREATE TEMP TRIGGER IF NOT EXISTS switcher_touched_delete AFTER DELETE ON main.clippings
    BEGIN INSERT OR IGNORE INTO switcher_touched (id) VALUES (old.id); END;`;

export function createSwitcherItems(db: Database.Database) {
  let touched: { ids: Database.Statement<[], string>; clear: Database.Statement } | null = null;
  const all = db.prepare<[], ItemRow>(ITEMS_SQL);
  const lastDoc = db.prepare('SELECT coalesce(max(doc), 0) FROM search_docs').pluck();
  const changedDocs = db.prepare<[number], ItemRow>(CHANGED_DOCS_SQL);
  const docCount = db.prepare("SELECT count(*) FROM search_docs WHERE kind <> 'passage'").pluck();
  const docKeys = db.prepare<[], { kind: SearchKind; id: string }>("SELECT kind, item_id AS id FROM search_docs WHERE kind <> 'passage'");
  // Every clipping's title and id as one string, in the title index's order: SQLite builds it from
  // that small index without reading the rows, and an unchanged list compares equal at once.
  const titleList = db.prepare(`SELECT coalesce(group_concat(title || char(31) || id, char(30)), '') FROM clippings INDEXED BY clippings_by_title`).pluck();
  const clippingCount = db.prepare('SELECT count(*) FROM clippings').pluck();
  const trashedIds = db.prepare('SELECT id FROM clippings INDEXED BY clippings_trashed WHERE trashed_at IS NOT NULL').pluck();
  const clipping = db.prepare<[string], ItemRow>(`SELECT 'clipping' AS kind, id, title, '' AS aliases, coalesce(outlet, '') AS detail
    FROM clippings WHERE id = ? AND trashed_at IS NULL`);

  /** The last search_docs row seen and the keys of the cards, notes and events held. */
  let seenDoc = 0;
  const heldDocs = new Set<string>();
  /** Live clippings' titles by id, the trashed ids, and the title list they were read with. */
  const heldClippings = new Map<string, string>();
  let heldTrash = new Set<string>();
  let heldList = '';

  /**
   * Every item; what later calls to `changes` compare with. The marks (last doc, title list, trash)
   * are read before the items, so a commit by another process in between is seen again next time:
   * putting an item again is harmless. (Transactions here are only for writes.)
   */
  function load(): IndexedItem[] {
    if (touched === null) {
      db.exec(TOUCHED_LOG_SQL);
      touched = { ids: db.prepare<[], string>('SELECT id FROM switcher_touched').pluck(), clear: db.prepare('DELETE FROM switcher_touched') };
    }
    touched.clear.run();
    seenDoc = lastDoc.get() as number;
    heldList = titleList.get() as string;
    heldTrash = new Set(trashedIds.all() as string[]);
    heldDocs.clear();
    heldClippings.clear();
    return all.all().map((row) => {
      const item = indexed(row);
      if (item.kind === 'clipping') heldClippings.set(item.id, item.title);
      else heldDocs.add(item.key);
      return item;
    });
  }

  function docChanges(changes: SwitcherChanges): void {
    const newest = lastDoc.get() as number;
    for (const row of changedDocs.all(seenDoc)) {
      const item = indexed(row);
      heldDocs.add(item.key);
      changes.put.push(item);
    }
    seenDoc = newest;
    // A deleted note, a merged card or a deleted event leaves no new row: its old row is only gone.
    if ((docCount.get() as number) === heldDocs.size) return;
    const live = new Set(docKeys.all().map((row) => keyOf(row.kind, row.id)));
    for (const key of heldDocs)
      if (!live.has(key)) {
        heldDocs.delete(key);
        changes.removed.push(key);
      }
  }

  function putClipping(id: string, changes: SwitcherChanges): void {
    const row = clipping.get(id);
    if (row === undefined) return;
    heldClippings.set(id, row.title);
    changes.put.push(indexed(row));
  }

  function dropClipping(id: string, changes: SwitcherChanges): void {
    if (heldClippings.delete(id)) changes.removed.push(keyOf('clipping', id));
  }

  /** New and renamed clippings from the title list's changed span; trashed and restored ones from the trash index. */
  function clippingChanges(changes: SwitcherChanges): void {
    const trash = new Set(trashedIds.all() as string[]);
    const list = titleList.get() as string;
    for (const record of changedRecords(heldList, list, RECORD)) {
      const split = record.lastIndexOf(FIELD);
      const id = record.slice(split + 1);
      if (!trash.has(id) && heldClippings.get(id) !== record.slice(0, split)) putClipping(id, changes);
    }
    for (const id of trash) dropClipping(id, changes);
    for (const id of heldTrash) if (!trash.has(id) && !heldClippings.has(id)) putClipping(id, changes);
    heldList = list;
    heldTrash = trash;
    // A clipping deleted for good leaves more held than live: find which from the whole list.
    if (heldClippings.size === (clippingCount.get() as number) - trash.size) return;
    const live = new Set(list.split(RECORD).map((record) => record.slice(record.lastIndexOf(FIELD) + 1)));
    for (const id of heldClippings.keys()) if (!live.has(id)) dropClipping(id, changes);
  }

  /** The clippings this connection changed, each looked up again: only when no other process has committed. */
  function loggedClippingChanges(changes: SwitcherChanges): void {
    for (const id of touched!.ids.all()) {
      dropClipping(id, changes);
      putClipping(id, changes);
    }
  }

  /**
   * What changed since the last `load` or `changes`. `othersWrote`: another connection has
   * committed since (PRAGMA data_version), which the log cannot see.
   */
  function changes(othersWrote: boolean): SwitcherChanges {
    const found: SwitcherChanges = { put: [], removed: [] };
    docChanges(found);
    if (othersWrote) clippingChanges(found);
    else loggedClippingChanges(found);
    touched!.clear.run();
    return found;
  }

  return { load, changes };
}
