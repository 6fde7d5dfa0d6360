// Merging two cards into one, and taking it back. Everything a merge changes is written to its
// record (entity_merges.moved), so undoing restores both cards exactly as they were.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { EntityAttribute } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import type { EntityStore } from './entity-store';
import { createRelationMerge, type RelationMoves } from './relation-merge';

interface MergeMoves {
  names: string[];
  passageIds: string[];
  attributePositions: number[];
  /** Absent in records written before relations were merged. */
  relations?: RelationMoves;
  /** The absorbed card's updated_at before the merge (absent in older records). */
  absorbedUpdatedAt?: string;
}

export function createEntityMerge(db: Database.Database, store: EntityStore) {
  const relationMerge = createRelationMerge(db);
  const linkedPassageIds = db.prepare('SELECT passage_id FROM passage_entities WHERE entity_id = ?');
  const linkPassage = db.prepare('INSERT OR IGNORE INTO passage_entities (passage_id, entity_id) VALUES (?, ?)');
  const unlinkPassage = db.prepare('DELETE FROM passage_entities WHERE passage_id = ? AND entity_id = ?');
  const attributesOf = db.prepare('SELECT position, key, value FROM entity_attributes WHERE entity_id = ? ORDER BY position');
  const insertAttribute = db.prepare('INSERT INTO entity_attributes (entity_id, position, key, value) VALUES (?, ?, ?, ?)');
  const deleteAttribute = db.prepare('DELETE FROM entity_attributes WHERE entity_id = ? AND position = ?');
  const insertName = db.prepare('INSERT OR IGNORE INTO entity_names (entity_id, name, folded, is_primary) VALUES (?, ?, ?, 0)');
  const deleteName = db.prepare('DELETE FROM entity_names WHERE entity_id = ? AND name = ?');
  const insertMerge = db.prepare('INSERT INTO entity_merges (id, survivor_id, absorbed_id, moved, created_at) VALUES (?, ?, ?, ?, ?)');
  const mergeRow = db.prepare('SELECT * FROM entity_merges WHERE id = ?');

  const merge = db.transaction((survivorId: string, absorbedId: string): string => {
    if (survivorId === absorbedId) {
      throw new NotebookError('invalid_input', 'A card cannot be merged with itself; choose two different cards.', 'absorbedId');
    }
    const survivor = store.live(survivorId, 'survivorId');
    const absorbed = store.live(absorbedId, 'absorbedId');
    const survivorNames = new Set(store.names(survivor.id).map((n) => n.name));
    const moves: MergeMoves = { names: [], passageIds: [], attributePositions: [], absorbedUpdatedAt: absorbed.updated_at };
    for (const { name, folded } of store.names(absorbed.id)) {
      if (survivorNames.has(name)) continue;
      insertName.run(survivor.id, name, folded);
      moves.names.push(name);
    }
    for (const { passage_id } of linkedPassageIds.all(absorbed.id) as Array<{ passage_id: string }>) {
      if (linkPassage.run(passage_id, survivor.id).changes > 0) moves.passageIds.push(passage_id);
    }
    const survivorAttributes = attributesOf.all(survivor.id) as Array<{ position: number }>;
    const next = survivorAttributes.length === 0 ? 0 : Math.max(...survivorAttributes.map((a) => a.position)) + 1;
    (attributesOf.all(absorbed.id) as EntityAttribute[]).forEach((attribute, index) => {
      insertAttribute.run(survivor.id, next + index, attribute.key, attribute.value);
      moves.attributePositions.push(next + index);
    });
    moves.relations = relationMerge.move(absorbed.id, survivor.id);
    db.prepare("UPDATE entities SET merged_into = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(survivor.id, absorbed.id);
    const mergeId = randomUUID();
    insertMerge.run(mergeId, survivor.id, absorbed.id, JSON.stringify(moves), new Date().toISOString());
    store.namesChanged();
    return mergeId;
  });

  const undo = db.transaction((mergeId: string): string => {
    const record = mergeRow.get(mergeId) as { survivor_id: string; absorbed_id: string; moved: string; undone_at: string | null } | undefined;
    if (!record) throw new NotebookError('not_found', 'That merge is no longer recorded — one of its cards may have been deleted.', 'mergeId');
    if (record.undone_at) throw new NotebookError('conflict', 'This merge was already undone.', 'mergeId');
    const moves = JSON.parse(record.moved) as MergeMoves;
    for (const name of moves.names) deleteName.run(record.survivor_id, name);
    for (const passageId of moves.passageIds) unlinkPassage.run(passageId, record.survivor_id);
    for (const position of moves.attributePositions) deleteAttribute.run(record.survivor_id, position);
    if (moves.relations) relationMerge.undo(record.absorbed_id, moves.relations);
    db.prepare("UPDATE entities SET merged_into = NULL, updated_at = coalesce(?, updated_at) WHERE id = ?").run(moves.absorbedUpdatedAt ?? null, record.absorbed_id);
    db.prepare("UPDATE entity_merges SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(mergeId);
    store.namesChanged();
    return record.absorbed_id;
  });

  return { merge, undo };
}
