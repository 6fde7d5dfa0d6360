// Relations between cards: "A member of B", dated and backed by passages. Refused: a card related
// to itself, the same relation twice, and a loop of member-of or located-in (nothing can be inside
// itself). Each write is one transaction.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract';
import { RELATION_TYPE_LABELS, type BulkResult, type Relation, type RelationType } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import type { EntityRow, EntityStore } from './entity-store';
import { createLoopFinder, NESTING_TYPES } from './relation-loops';
import { createRelationRows, type RelationRow } from './relation-rows';

interface Shape {
  sourceId: string;
  targetId: string;
  type: RelationType;
  label: string | null;
}

export type RelationsService = ReturnType<typeof createRelationsService>;

export function createRelationsService(db: Database.Database, store: EntityStore) {
  const rows = createRelationRows(db);
  const byId = db.prepare('SELECT * FROM relations WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO relations (id, source_id, target_id, type, label, date, created_at)
    VALUES (@id, @sourceId, @targetId, @type, @label, @date, @createdAt)`);
  const duplicate = db.prepare(`
    SELECT id FROM relations WHERE source_id = @sourceId AND target_id = @targetId AND type = @type
      AND coalesce(label, '') = coalesce(@label, '') COLLATE NOCASE AND id <> @except LIMIT 1`);
  const pathBetween = createLoopFinder(db);
  const passageExists = db.prepare('SELECT 1 FROM passages WHERE id = ?');
  const deleteEvidence = db.prepare('DELETE FROM relation_evidence WHERE relation_id = ?');
  const insertEvidence = db.prepare('INSERT OR IGNORE INTO relation_evidence (relation_id, passage_id) VALUES (?, ?)');

  function relation(id: string): Relation {
    const found = rows.get(id);
    if (!found) throw new NotebookError('not_found', 'That relation no longer exists — it may have been deleted.', 'id');
    return found;
  }

  /** The label an `other` relation must have; named types carry none. */
  function labelFor(type: RelationType, label: string | null | undefined): string | null {
    if (type !== 'other') return null;
    const text = label?.trim() ?? '';
    if (text === '') {
      throw new NotebookError('invalid_input', 'label: A relation of type “other” needs a label saying what it is, for example “financed by”.', 'label');
    }
    return text;
  }

  function checkShape(shape: Shape, source: EntityRow, target: EntityRow, except: string): void {
    if (duplicate.get({ ...shape, except })) {
      throw new NotebookError('conflict', `“${source.name}” ${describe(shape)} “${target.name}” is already recorded; edit that relation instead.`, 'type');
    }
    if (!NESTING_TYPES.has(shape.type)) return;
    const path = pathBetween(shape.targetId, shape.sourceId, shape.type, except);
    if (path) {
      const names = [shape.sourceId, ...path].map((id) => store.find(id)?.name ?? id);
      throw new NotebookError(
        'conflict',
        `“${source.name}” ${describe(shape)} “${target.name}” would make a loop: ${names.join(' → ')}. Remove one of those relations first, or choose another card.`,
        'targetId',
      );
    }
  }

  function writeEvidence(relationId: string, passageIds: readonly string[]): void {
    deleteEvidence.run(relationId);
    for (const passageId of passageIds) {
      if (!passageExists.get(passageId)) {
        throw new NotebookError('not_found', `The evidence passage ${passageId} no longer exists — it may have been deleted. Remove it from the evidence.`, 'evidence');
      }
      insertEvidence.run(relationId, passageId);
    }
  }

  const create = db.transaction((input: ParsedInputOf<'relations.create'>): string => {
    if (input.sourceId === input.targetId) {
      throw new NotebookError('invalid_input', 'A card cannot be related to itself; choose two different cards.', 'targetId');
    }
    const source = store.live(input.sourceId, 'sourceId');
    const target = store.live(input.targetId, 'targetId');
    const shape: Shape = { sourceId: source.id, targetId: target.id, type: input.type, label: labelFor(input.type, input.label) };
    checkShape(shape, source, target, '');
    const id = randomUUID();
    insert.run({ id, ...shape, date: input.date ?? null, createdAt: new Date().toISOString() });
    writeEvidence(id, input.evidence ?? []);
    return id;
  });

  const update = db.transaction((input: ParsedInputOf<'relations.update'>): void => {
    const current = byId.get(input.id) as RelationRow | undefined;
    if (!current) throw new NotebookError('not_found', 'That relation no longer exists — it may have been deleted.', 'id');
    const { patch } = input;
    const type = patch.type ?? current.type;
    const shape: Shape = {
      sourceId: current.source_id,
      targetId: current.target_id,
      type,
      label: labelFor(type, patch.label !== undefined ? patch.label : current.label),
    };
    checkShape(shape, store.live(current.source_id, 'id'), store.live(current.target_id, 'id'), current.id);
    const date = patch.date !== undefined ? patch.date : current.date;
    db.prepare('UPDATE relations SET type = ?, label = ?, date = ? WHERE id = ?').run(shape.type, shape.label, date, current.id);
    if (patch.evidence !== undefined) writeEvidence(current.id, patch.evidence);
  });

  return {
    create: (input: ParsedInputOf<'relations.create'>): Relation => relation(create(input)),
    update(input: ParsedInputOf<'relations.update'>): Relation {
      update(input);
      return relation(input.id);
    },
    delete: (input: ParsedInputOf<'relations.delete'>): BulkResult => ({ count: db.prepare('DELETE FROM relations WHERE id = ?').run(input.id).changes }),
    ofEntity: rows.ofEntity,
  };
}

function describe(shape: Shape): string {
  return shape.type === 'other' ? (shape.label ?? 'other') : RELATION_TYPE_LABELS[shape.type];
}
