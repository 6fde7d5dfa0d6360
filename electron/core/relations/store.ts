// Every SQL statement on the relations domain's tables: relations between cards and the passages
// that back them (relation_evidence).
import type Database from 'better-sqlite3';
import type { EntityGraph, RelationType } from '../../../shared/domain';

export interface RelationRow {
  id: string;
  source_id: string;
  target_id: string;
  type: RelationType;
  label: string | null;
  date: string | null;
  created_at: string;
}

/** What makes two relations the same: the same cards, type and label (case aside). */
export interface RelationShape {
  sourceId: string;
  targetId: string;
  type: RelationType;
  label: string | null;
}

export type RelationsStore = ReturnType<typeof createRelationsStore>;

export function createRelationsStore(db: Database.Database) {
  const byId = db.prepare('SELECT * FROM relations WHERE id = ?');
  const ofEntity = db.prepare('SELECT * FROM relations WHERE source_id = @id OR target_id = @id ORDER BY created_at, id');
  const insert = db.prepare(`
    INSERT INTO relations (id, source_id, target_id, type, label, date, created_at)
    VALUES (@id, @source_id, @target_id, @type, @label, @date, @created_at)`);
  const putBack = db.prepare(`
    INSERT OR IGNORE INTO relations (id, source_id, target_id, type, label, date, created_at)
    VALUES (@id, @source_id, @target_id, @type, @label, @date, @created_at)`);
  const exists = db.prepare('SELECT 1 FROM relations WHERE id = ?').pluck();
  const update = db.prepare('UPDATE relations SET type = ?, label = ?, date = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM relations WHERE id = ?');
  const setSource = db.prepare('UPDATE relations SET source_id = ? WHERE id = ?');
  const setTarget = db.prepare('UPDATE relations SET target_id = ? WHERE id = ?');
  const sameAs = db
    .prepare(
      `
    SELECT id FROM relations WHERE source_id = @sourceId AND target_id = @targetId AND type = @type
      AND coalesce(label, '') = coalesce(@label, '') COLLATE NOCASE AND id <> @except LIMIT 1`,
    )
    .pluck();
  const targetsOf = db.prepare('SELECT target_id FROM relations WHERE source_id = ? AND type = ? AND id <> ?').pluck();
  const among = db.prepare(`
    SELECT id, source_id AS sourceId, target_id AS targetId, type, label FROM relations
    WHERE source_id IN (SELECT value FROM json_each(@ids)) AND target_id IN (SELECT value FROM json_each(@ids))
    ORDER BY created_at, id`);
  const evidenceOf = db.prepare('SELECT passage_id FROM relation_evidence WHERE relation_id = ? ORDER BY passage_id').pluck();
  const evidenceOfAll = db.prepare(`
    SELECT relation_id AS relationId, passage_id AS passageId FROM relation_evidence WHERE relation_id IN (SELECT value FROM json_each(?))`);
  const clearEvidence = db.prepare('DELETE FROM relation_evidence WHERE relation_id = ?');
  const addEvidence = db.prepare('INSERT OR IGNORE INTO relation_evidence (relation_id, passage_id) VALUES (?, ?)');

  return {
    row: (id: string): RelationRow | undefined => byId.get(id) as RelationRow | undefined,
    /** Relations in which the card is the source or the target, oldest first. */
    ofEntity: (entityId: string): RelationRow[] => ofEntity.all({ id: entityId }) as RelationRow[],
    exists: (id: string): boolean => exists.get(id) !== undefined,
    insert: (row: RelationRow): void => void insert.run(row),
    /** Puts a relation set aside by a merge back, unless it is there already. */
    putBack: (row: RelationRow): void => void putBack.run(row),
    update: (id: string, type: RelationType, label: string | null, date: string | null): void => void update.run(type, label, date, id),
    remove: (id: string): number => remove.run(id).changes,
    setEnd: (id: string, end: 'source' | 'target', entityId: string): void => void (end === 'source' ? setSource : setTarget).run(entityId, id),
    /** Another relation (not `except`) with the same shape, if any. */
    sameAs: (shape: RelationShape, except: string): string | null => (sameAs.get({ ...shape, except }) as string | undefined) ?? null,
    /** The cards a card points to by relations of one type, leaving out the relation `except`. */
    targetsOf: (sourceId: string, type: RelationType, except: string): string[] => targetsOf.all(sourceId, type, except) as string[],
    /** The relations whose both cards are among `ids`, oldest first. */
    among: (ids: readonly string[]): EntityGraph['edges'] => among.all({ ids: JSON.stringify(ids) }) as EntityGraph['edges'],

    evidenceOf: (relationId: string): string[] => evidenceOf.all(relationId) as string[],
    evidenceOfAll: (relationIds: readonly string[]) => evidenceOfAll.all(JSON.stringify(relationIds)) as Array<{ relationId: string; passageId: string }>,
    clearEvidence: (relationId: string): void => void clearEvidence.run(relationId),
    addEvidence: (relationId: string, passageId: string): void => void addEvidence.run(relationId, passageId),
  };
}
