// Every SQL statement on mentions: passages rows with is_mention = 1, spans linked to a card by
// accepting a suggestion. They share the passages table (and its card links) so that everything
// that follows a card's links finds them, but passage lists leave them out.
import type Database from 'better-sqlite3';
import type { ClippingMention, EntityType } from '../../../shared/domain';
import type { NewPassageRow } from './store';

/** A mention's row is a passage's without what only the analyst gives: colour, label, comment. */
export type NewMentionRow = Omit<NewPassageRow, 'color' | 'label' | 'comment'>;

export function createMentionRows(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO passages (id, clipping_id, exact, prefix, suffix, start, end, anchor_status, color, label, comment, created_at, updated_at, is_mention)
    VALUES (@id, @clippingId, @exact, @prefix, @suffix, @start, @end, 'exact', 'yellow', NULL, NULL, @now, @now, 1)`);
  const atSpan = db
    .prepare('SELECT id FROM passages WHERE clipping_id = ? AND start = ? AND end = ? AND is_mention = 1 ORDER BY created_at, id LIMIT 1')
    .pluck();
  const inClipping = db.prepare(`
    SELECT p.id, p.start, p.end, p.exact, e.id AS entity_id, e.type, e.name FROM passages p
    JOIN passage_entities pe ON pe.passage_id = p.id JOIN entities e ON e.id = pe.entity_id
    WHERE p.clipping_id = ? AND p.is_mention = 1 AND p.start IS NOT NULL AND e.merged_into IS NULL
    ORDER BY p.start, p.end, e.name COLLATE NOCASE, e.id`);
  const removeUnlinked = db.prepare(`
    DELETE FROM passages WHERE is_mention = 1 AND NOT EXISTS (SELECT 1 FROM passage_entities pe WHERE pe.passage_id = passages.id)`);
  const countOf = db
    .prepare(
      `
    SELECT count(*) FROM passage_entities pe JOIN passages p ON p.id = pe.passage_id JOIN clippings c ON c.id = p.clipping_id
    WHERE pe.entity_id = ? AND p.is_mention = 1 AND c.trashed_at IS NULL`,
    )
    .pluck();

  type Row = { id: string; start: number; end: number; exact: string; entity_id: string; type: EntityType; name: string };
  return {
    insert: (row: NewMentionRow): void => void insert.run(row),
    /** The mention of a clipping over exactly start..end, if there is one. */
    idAt: (clippingId: string, start: number, end: number): string | null => (atSpan.get(clippingId, start, end) as string | undefined) ?? null,
    /** A clipping's anchored mentions with their live cards, in text order. */
    inClipping: (clippingId: string): ClippingMention[] =>
      (inClipping.all(clippingId) as Row[]).map((r) => ({
        id: r.id,
        start: r.start,
        end: r.end,
        exact: r.exact,
        entity: { id: r.entity_id, type: r.type, name: r.name },
      })),
    /** Deletes the mentions no card is linked to any more (a mention is nothing without its card). */
    removeUnlinked: (): number => removeUnlinked.run().changes,
    /** How many mentions of a card there are in live clippings. */
    countOf: (entityId: string): number => countOf.get(entityId) as number,
  };
}
