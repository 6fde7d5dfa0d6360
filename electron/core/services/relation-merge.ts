// What a merge does to relations: the absorbed card's relations move to the survivor; one that
// would then relate the survivor to itself, repeat one it has, or close a member-of / located-in
// loop is set aside whole (with its evidence) in the merge record, so undoing the merge can put
// every relation back as it was.
import type Database from 'better-sqlite3';
import { createLoopFinder, NESTING_TYPES } from './relation-loops';
import type { RelationRow } from './relation-rows';

export interface RelationMoves {
  /** Relations whose source or target was switched from the absorbed card to the survivor. */
  moved: Array<{ id: string; end: 'source' | 'target' }>;
  /** Relations removed because they would have become a self-loop, a duplicate or part of a loop. */
  setAside: Array<RelationRow & { evidence: string[] }>;
}

export function createRelationMerge(db: Database.Database) {
  const ofEntity = db.prepare('SELECT * FROM relations WHERE source_id = @id OR target_id = @id ORDER BY created_at, id');
  const same = db.prepare(`
    SELECT 1 FROM relations WHERE source_id = @source_id AND target_id = @target_id AND type = @type
      AND coalesce(label, '') = coalesce(@label, '') COLLATE NOCASE AND id <> @id`);
  const pathBetween = createLoopFinder(db);
  const evidenceOf = db.prepare('SELECT passage_id FROM relation_evidence WHERE relation_id = ? ORDER BY passage_id');
  const remove = db.prepare('DELETE FROM relations WHERE id = ?');
  const setSource = db.prepare('UPDATE relations SET source_id = ? WHERE id = ?');
  const setTarget = db.prepare('UPDATE relations SET target_id = ? WHERE id = ?');
  // Put back only when both cards still exist (one may have been deleted since the merge).
  const restore = db.prepare(`
    INSERT OR IGNORE INTO relations (id, source_id, target_id, type, label, date, created_at)
    SELECT @id, @source_id, @target_id, @type, @label, @date, @created_at
    WHERE EXISTS (SELECT 1 FROM entities WHERE id = @source_id) AND EXISTS (SELECT 1 FROM entities WHERE id = @target_id)`);
  const restoreEvidence = db.prepare(`
    INSERT OR IGNORE INTO relation_evidence (relation_id, passage_id)
    SELECT ?, id FROM passages WHERE id = ? AND EXISTS (SELECT 1 FROM relations WHERE id = ?)`);

  return {
    /** Moves the absorbed card's relations to the survivor (inside the merge's transaction). */
    move(absorbedId: string, survivorId: string): RelationMoves {
      const moves: RelationMoves = { moved: [], setAside: [] };
      for (const relation of ofEntity.all({ id: absorbedId }) as RelationRow[]) {
        const end = relation.source_id === absorbedId ? 'source' : 'target';
        const next = { ...relation, [end === 'source' ? 'source_id' : 'target_id']: survivorId };
        const loops = NESTING_TYPES.has(next.type) && pathBetween(next.target_id, next.source_id, next.type, next.id) !== null;
        if (next.source_id === next.target_id || same.get(next) || loops) {
          const evidence = (evidenceOf.all(relation.id) as Array<{ passage_id: string }>).map((e) => e.passage_id);
          moves.setAside.push({ ...relation, evidence });
          remove.run(relation.id);
        } else {
          (end === 'source' ? setSource : setTarget).run(survivorId, relation.id);
          moves.moved.push({ id: relation.id, end });
        }
      }
      return moves;
    },

    /** Takes the moves back (inside the undo's transaction). */
    undo(absorbedId: string, moves: RelationMoves): void {
      for (const { id, end } of moves.moved) (end === 'source' ? setSource : setTarget).run(absorbedId, id);
      for (const { evidence, ...relation } of moves.setAside) {
        restore.run(relation);
        for (const passageId of evidence) restoreEvidence.run(relation.id, passageId, relation.id);
      }
    },
  };
}
