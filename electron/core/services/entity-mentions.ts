// Which clippings mention a card by one of its names, found through the full-text index
// (clippings_fts folds case and diacritics), so no scan reads every clipping's text. A clipping
// with a passage linked to the card is always listed, even when its text no longer carries any of
// the card's names (the card was renamed, or the name has no word to search for).
import type Database from 'better-sqlite3';
import type { EntityMention } from '../../../shared/domain';

const MENTION_LIMIT = 200;

/** The clipping has no passage linked to the card yet. */
const UNLINKED = `NOT EXISTS (
  SELECT 1 FROM passages p JOIN passage_entities pe ON pe.passage_id = p.id WHERE p.clipping_id = c.id AND pe.entity_id = @entityId)`;

/** Live clippings with a passage linked to the card, found through its links rather than its names. */
const LINKED_CLIPPINGS = `
  SELECT DISTINCT c.id, c.title, 1 AS linked, c.captured_at FROM passage_entities pe
  JOIN passages p ON p.id = pe.passage_id JOIN clippings c ON c.id = p.clipping_id
  WHERE pe.entity_id = @entityId AND c.trashed_at IS NULL`;

export type EntityMentions = ReturnType<typeof createEntityMentions>;

export function createEntityMentions(db: Database.Database) {
  const linkedOnly = db.prepare(`
    SELECT id, title, linked FROM (${LINKED_CLIPPINGS}) ORDER BY captured_at DESC, id LIMIT ${MENTION_LIMIT}`);
  const linkedThenMentioning = db.prepare(`
    SELECT id, title, linked FROM (${LINKED_CLIPPINGS}
      UNION ALL
      SELECT c.id, c.title, 0 AS linked, c.captured_at FROM clippings_fts f JOIN clippings c ON c.rowid = f.rowid
      WHERE clippings_fts MATCH @query AND c.trashed_at IS NULL AND ${UNLINKED})
    ORDER BY linked DESC, captured_at DESC, id LIMIT ${MENTION_LIMIT}`);
  const unlinkedCount = db.prepare(`
    SELECT count(*) AS n FROM clippings_fts f JOIN clippings c ON c.rowid = f.rowid
    WHERE clippings_fts MATCH @query AND c.trashed_at IS NULL AND ${UNLINKED}`);
  const unlinked = db.prepare(`
    SELECT c.id, c.text FROM clippings_fts f JOIN clippings c ON c.rowid = f.rowid
    WHERE clippings_fts MATCH @query AND c.trashed_at IS NULL AND ${UNLINKED}
    ORDER BY c.captured_at, c.id`);
  const unlinkedAmong = db.prepare(`
    SELECT c.id, c.text FROM clippings_fts f JOIN clippings c ON c.rowid = f.rowid
    WHERE clippings_fts MATCH @query AND c.trashed_at IS NULL AND ${UNLINKED}
      AND c.id IN (SELECT value FROM json_each(@ids))
    ORDER BY c.captured_at, c.id`);

  return {
    /** Up to 200 clippings: those with a linked passage first, then those naming the card; newest first in each. */
    list(entityId: string, names: readonly string[]): EntityMention[] {
      const query = mentionQuery(names);
      const rows = (query === null ? linkedOnly.all({ entityId }) : linkedThenMentioning.all({ entityId, query })) as Array<{
        id: string;
        title: string;
        linked: number;
      }>;
      return rows.map((r) => ({ clippingId: r.id, title: r.title, linked: r.linked === 1 }));
    },

    /** How many live clippings mention the card and have no passage linked to it. */
    unlinkedCount(entityId: string, names: readonly string[]): number {
      const query = mentionQuery(names);
      return query === null ? 0 : (unlinkedCount.get({ entityId, query }) as { n: number }).n;
    },

    /** Those clippings with their text, oldest first; only among `clippingIds` when given. */
    unlinkedClippings(entityId: string, names: readonly string[], clippingIds?: readonly string[]): Array<{ id: string; text: string }> {
      const query = mentionQuery(names);
      if (query === null) return [];
      const rows = clippingIds === undefined ? unlinked.all({ entityId, query }) : unlinkedAmong.all({ entityId, query, ids: JSON.stringify(clippingIds) });
      return rows as Array<{ id: string; text: string }>;
    },
  };
}

/** An FTS5 query for any of the names as a phrase in the text column; null when no name has a word. */
export function mentionQuery(names: readonly string[]): string | null {
  const phrases = [...new Set(names.map(ftsPhrase).filter((p) => p !== ''))];
  return phrases.length === 0 ? null : `text : (${phrases.join(' OR ')})`;
}

/** A name as an FTS5 phrase: its words, quoted; "" when it has none. */
function ftsPhrase(name: string): string {
  const words = name.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? '' : `"${words.join(' ')}"`;
}
