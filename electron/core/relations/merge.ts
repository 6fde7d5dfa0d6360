// What a merge of two cards does to relations: the absorbed card's relations move to the survivor;
// one that would then relate the survivor to itself, repeat one it has, or close a member-of /
// located-in loop is set aside whole (with its evidence) in the merge record, so undoing the merge
// can put every relation back as it was.
import type { Stores } from '../context';
import { createLoopFinder, NESTING_TYPES } from './loops';
import type { RelationRow } from './store';

export interface RelationMoves {
  /** Relations whose source or target was switched from the absorbed card to the survivor. */
  moved: Array<{ id: string; end: 'source' | 'target' }>;
  /** Relations removed because they would have become a self-loop, a duplicate or part of a loop. */
  setAside: Array<RelationRow & { evidence: string[] }>;
}

export function createRelationMerge({ relations, entities, passages }: Stores) {
  const pathBetween = createLoopFinder(relations);

  return {
    /** Moves the absorbed card's relations to the survivor (inside the merge's transaction). */
    move(absorbedId: string, survivorId: string): RelationMoves {
      const moves: RelationMoves = { moved: [], setAside: [] };
      for (const relation of relations.ofEntity(absorbedId)) {
        const end = relation.source_id === absorbedId ? 'source' : 'target';
        const next = { ...relation, [end === 'source' ? 'source_id' : 'target_id']: survivorId };
        const shape = { sourceId: next.source_id, targetId: next.target_id, type: next.type, label: next.label };
        const loops = NESTING_TYPES.has(next.type) && pathBetween(next.target_id, next.source_id, next.type, next.id) !== null;
        if (next.source_id === next.target_id || relations.sameAs(shape, next.id) !== null || loops) {
          moves.setAside.push({ ...relation, evidence: relations.evidenceOf(relation.id) });
          relations.remove(relation.id);
        } else {
          relations.setEnd(relation.id, end, survivorId);
          moves.moved.push({ id: relation.id, end });
        }
      }
      return moves;
    },

    /** Takes the moves back (inside the undo's transaction). A card deleted since keeps its relations gone. */
    undo(absorbedId: string, moves: RelationMoves): void {
      for (const { id, end } of moves.moved) relations.setEnd(id, end, absorbedId);
      for (const { evidence, ...relation } of moves.setAside) {
        if (entities.find(relation.source_id) && entities.find(relation.target_id)) relations.putBack(relation);
        if (!relations.exists(relation.id)) continue;
        for (const passageId of evidence) if (passages.exists(passageId)) relations.addEvidence(relation.id, passageId);
      }
    },
  };
}
