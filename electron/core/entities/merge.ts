// Merging two cards into one, and taking it back. Everything a merge changes is written to its
// record (entity_merges.moved), so undoing restores both cards exactly as they were.
import { NotebookError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { createRelationMerge, type RelationMoves } from '../relations/merge';

interface MergeMoves {
  names: string[];
  passageIds: string[];
  attributePositions: number[];
  /** Absent in records written before relations were merged. */
  relations?: RelationMoves;
  /** The absorbed card's updated_at before the merge (absent in older records). */
  absorbedUpdatedAt?: string;
}

export function createEntityMerge({ stores, clock, write }: CoreContext) {
  const { entities, passages } = stores;
  const relationMerge = createRelationMerge(stores);

  const merge = write((survivorId: string, absorbedId: string): string => {
    if (survivorId === absorbedId) {
      throw new NotebookError('invalid_input', 'A card cannot be merged with itself; choose two different cards.', 'absorbedId');
    }
    const survivor = entities.live(survivorId, 'survivorId');
    const absorbed = entities.live(absorbedId, 'absorbedId');
    const survivorNames = new Set(entities.names.of(survivor.id).map((n) => n.name));
    const moves: MergeMoves = { names: [], passageIds: [], attributePositions: [], absorbedUpdatedAt: absorbed.updated_at };
    for (const { name, folded } of entities.names.of(absorbed.id)) {
      if (survivorNames.has(name)) continue;
      entities.names.addAlias(survivor.id, name, folded);
      moves.names.push(name);
    }
    for (const passageId of passages.linkedTo(absorbed.id)) {
      if (passages.link(passageId, survivor.id)) moves.passageIds.push(passageId);
    }
    const survivorAttributes = entities.attributes.of(survivor.id);
    const next = survivorAttributes.length === 0 ? 0 : Math.max(...survivorAttributes.map((a) => a.position)) + 1;
    entities.attributes.of(absorbed.id).forEach(({ key, value }, index) => {
      entities.attributes.insert(survivor.id, next + index, { key, value });
      moves.attributePositions.push(next + index);
    });
    moves.relations = relationMerge.move(absorbed.id, survivor.id);
    const now = clock();
    entities.merges.absorb(absorbed.id, survivor.id, now);
    const mergeId = entities.merges.record(survivor.id, absorbed.id, moves, now);
    entities.names.changed();
    return mergeId;
  });

  const undo = write((mergeId: string): string => {
    const record = entities.merges.find(mergeId);
    if (!record) throw new NotebookError('not_found', 'That merge is no longer recorded — one of its cards may have been deleted.', 'mergeId');
    if (record.undone_at) throw new NotebookError('conflict', 'This merge was already undone.', 'mergeId');
    const moves = JSON.parse(record.moved) as MergeMoves;
    for (const name of moves.names) entities.names.remove(record.survivor_id, name);
    for (const passageId of moves.passageIds) passages.unlink(passageId, record.survivor_id);
    for (const position of moves.attributePositions) entities.attributes.remove(record.survivor_id, position);
    if (moves.relations) relationMerge.undo(record.absorbed_id, moves.relations);
    entities.merges.release(record.absorbed_id, moves.absorbedUpdatedAt ?? null);
    entities.merges.markUndone(mergeId, clock());
    entities.names.changed();
    return record.absorbed_id;
  });

  return { merge, undo };
}
