// Relations between cards: "A member of B", dated and backed by passages. Refused: a card related
// to itself, the same relation twice, and a loop of member-of or located-in (nothing can be inside
// itself). Each write is one transaction.
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract';
import { RELATION_TYPE_LABELS, type Relation, type RelationType } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { EntityRow } from '../entities/store';
import { createLoopFinder, NESTING_TYPES } from './loops';
import { createRelationReader } from './rows';
import type { RelationShape } from './store';

const GONE = 'That relation no longer exists — it may have been deleted.';

export function createRelationsService({ stores, clock, write }: CoreContext) {
  const { relations, entities, passages } = stores;
  const reader = createRelationReader(stores);
  const pathBetween = createLoopFinder(relations);

  function relation(id: string): Relation {
    const found = reader.get(id);
    if (!found) throw new NotebookError('not_found', GONE, 'id');
    return found;
  }

  function checkShape(shape: RelationShape, source: EntityRow, target: EntityRow, except: string): void {
    if (relations.sameAs(shape, except) !== null) {
      throw new NotebookError('conflict', `“${source.name}” ${describe(shape)} “${target.name}” is already recorded; edit that relation instead.`, 'type');
    }
    if (!NESTING_TYPES.has(shape.type)) return;
    const path = pathBetween(shape.targetId, shape.sourceId, shape.type, except);
    if (path) {
      const names = [shape.sourceId, ...path].map((id) => entities.find(id)?.name ?? id);
      throw new NotebookError(
        'conflict',
        `“${source.name}” ${describe(shape)} “${target.name}” would make a loop: ${names.join(' → ')}. Remove one of those relations first, or choose another card.`,
        'targetId',
      );
    }
  }

  function writeEvidence(relationId: string, passageIds: readonly string[]): void {
    passages.requirePassages(passageIds);
    relations.clearEvidence(relationId);
    for (const passageId of passageIds) relations.addEvidence(relationId, passageId);
  }

  const create = write((input: ParsedInputOf<'relations.create'>): string => {
    if (input.sourceId === input.targetId) {
      throw new NotebookError('invalid_input', 'A card cannot be related to itself; choose two different cards.', 'targetId');
    }
    const source = entities.live(input.sourceId, 'sourceId');
    const target = entities.live(input.targetId, 'targetId');
    const shape: RelationShape = { sourceId: source.id, targetId: target.id, type: input.type, label: labelFor(input.type, input.label) };
    checkShape(shape, source, target, '');
    const id = randomUUID();
    relations.insert({
      id,
      source_id: shape.sourceId,
      target_id: shape.targetId,
      type: shape.type,
      label: shape.label,
      date: input.date ?? null,
      created_at: clock(),
    });
    writeEvidence(id, input.evidence ?? []);
    return id;
  });

  const update = write((input: ParsedInputOf<'relations.update'>): void => {
    const current = relations.row(input.id);
    if (!current) throw new NotebookError('not_found', GONE, 'id');
    const { patch } = input;
    const type = patch.type ?? current.type;
    const shape: RelationShape = {
      sourceId: current.source_id,
      targetId: current.target_id,
      type,
      label: labelFor(type, patch.label !== undefined ? patch.label : current.label),
    };
    checkShape(shape, entities.live(current.source_id, 'id'), entities.live(current.target_id, 'id'), current.id);
    relations.update(current.id, shape.type, shape.label, patch.date !== undefined ? patch.date : current.date);
    if (patch.evidence !== undefined) writeEvidence(current.id, patch.evidence);
  });

  return {
    create: (input: ParsedInputOf<'relations.create'>): Relation => relation(create(input)),
    update(input: ParsedInputOf<'relations.update'>): Relation {
      update(input);
      return relation(input.id);
    },
    delete: (id: string): number => relations.remove(id),
    ofEntity: reader.ofEntity,
  };
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

function describe(shape: RelationShape): string {
  return shape.type === 'other' ? (shape.label ?? 'other') : RELATION_TYPE_LABELS[shape.type];
}
