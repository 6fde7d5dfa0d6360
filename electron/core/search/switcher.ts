// search.switcher: fuzzy finding over clipping titles, card names and aliases, note and event
// titles. Plain Fuse.js over 100,000 titles is too slow per keystroke, so an in-memory trigram
// index (switcher-index.ts) gives Fuse.js a shortlist holding what it would rank first over every
// item, and Fuse.js ranks the shortlist. The index is built on the first query; after a write (this
// connection's or another's) the next query puts in only the items that changed. An empty box
// lists recently changed items.
import type Database from 'better-sqlite3';
import Fuse from 'fuse.js';
import { SWITCHER_FUSE_OPTIONS, type SwitcherCandidate } from '../../../shared/search/switcher-fuse';
import type { SwitcherItem } from '../../../shared/search/types';
import { DOCS_ROWID_BASE } from './filters';
import { buildSwitcherIndex, type SwitcherIndex } from './switcher-index';
import { createSwitcherItems } from './switcher-items';

/** Candidates handed to Fuse.js: enough to keep its top ten, few enough to stay instant. */
const SHORTLIST = 60;

const CANDIDATE_COLUMNS = `
  CASE WHEN f.doc < ${DOCS_ROWID_BASE} THEN 'clipping' ELSE d.kind END AS kind,
  coalesce(c.id, d.item_id) AS id, coalesce(c.title, d.title) AS title, coalesce(d.aliases, '') AS aliases,
  CASE WHEN f.doc < ${DOCS_ROWID_BASE} THEN coalesce(c.outlet, '')
    WHEN d.kind = 'card' THEN (SELECT CASE WHEN type = 'other' AND other_label IS NOT NULL THEN other_label ELSE type END FROM entities WHERE id = d.item_id)
    ELSE d.kind END AS detail`;
const CANDIDATE_JOINS = `
  LEFT JOIN clippings c ON c.rowid = f.doc AND f.doc < ${DOCS_ROWID_BASE} AND c.trashed_at IS NULL
  LEFT JOIN search_docs d ON d.doc = f.doc AND d.kind <> 'passage'
  WHERE c.id IS NOT NULL OR d.item_id IS NOT NULL`;

/**
 * The index, kept current: when the library changed since the last query (writes through this
 * connection show in total_changes(), commits by another connection, the CLI, in data_version),
 * only the changed items are put in again; a full build happens first and when the index's spare
 * room for changed items is used up.
 */
function freshIndex(db: Database.Database): () => SwitcherIndex {
  const changes = db.prepare('SELECT total_changes()').pluck();
  const version = db.prepare('PRAGMA data_version').pluck();
  const items = createSwitcherItems(db);
  let index: SwitcherIndex | null = null;
  let checkedChanges = -1;
  let checkedVersion = -1;
  const refreshed = (next: SwitcherIndex) => {
    // Read after the refresh: clearing the change log is a change of this connection's too.
    checkedChanges = changes.get() as number;
    index = next;
    return next;
  };
  return () => {
    const nowVersion = version.get() as number;
    if (index !== null && (changes.get() as number) === checkedChanges && nowVersion === checkedVersion) return index;
    const othersWrote = nowVersion !== checkedVersion;
    checkedVersion = nowVersion;
    if (index !== null && items.update(index, othersWrote)) return refreshed(index);
    index = null; // the old index can be collected while the new one is built
    const { rows, expected } = items.load();
    return refreshed(buildSwitcherIndex(rows, expected));
  };
}

export function createSwitcher(db: Database.Database) {
  const index = freshIndex(db);
  const recent = db.prepare<[{ limit: number }], SwitcherCandidate>(`
    SELECT ${CANDIDATE_COLUMNS} FROM (
      SELECT doc, at FROM (SELECT rowid AS doc, updated_at AS at FROM clippings WHERE trashed_at IS NULL ORDER BY updated_at DESC LIMIT @limit)
      UNION ALL SELECT doc, at FROM (SELECT doc, changed_at AS at FROM search_docs WHERE kind <> 'passage' ORDER BY changed_at DESC LIMIT @limit)
      ORDER BY at DESC LIMIT @limit) f
    ${CANDIDATE_JOINS}`);

  return (query: string, limit: number): SwitcherItem[] => {
    const typed = query.normalize('NFC').trim();
    if (!/[\p{L}\p{N}]/u.test(typed)) return recent.all({ limit }).map((item) => toItem(item, null));
    const fuse = new Fuse(index().shortlist(typed, SHORTLIST), SWITCHER_FUSE_OPTIONS);
    return fuse.search(typed, { limit }).map((result) => {
      const alias = result.matches?.find((match) => match.key === 'aliases');
      const matchedAlias = alias?.value ? aliasAt(alias.value, alias.indices[0]?.[0] ?? 0) : null;
      return toItem(result.item, matchedAlias);
    });
  };
}

/** The one alias of "a · b · c" that holds character `at`. */
function aliasAt(aliases: string, at: number): string {
  const start = aliases.lastIndexOf(' · ', at);
  const end = aliases.indexOf(' · ', at);
  return aliases.slice(start < 0 ? 0 : start + 3, end < 0 ? undefined : end);
}

function toItem(candidate: SwitcherCandidate, matchedAlias: string | null): SwitcherItem {
  return {
    kind: candidate.kind,
    id: candidate.id,
    title: candidate.title,
    detail: matchedAlias ? `also ${matchedAlias}` : candidate.detail,
    clippingId: null,
  };
}
