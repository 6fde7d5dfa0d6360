// Relations as the contract returns them: both cards as refs and the evidence as passage refs.
import type { PassageRef, Relation } from '../../../shared/domain';
import type { Stores } from '../context';
import type { RelationRow } from './store';

export type RelationReader = ReturnType<typeof createRelationReader>;

export function createRelationReader({ relations, entities, passages }: Stores) {
  function toRelations(rows: RelationRow[]): Relation[] {
    const ids = rows.map((row) => row.id);
    const cards = entities.refs([...new Set(rows.flatMap((row) => [row.source_id, row.target_id]))]);
    const evidence = new Map<string, PassageRef[]>(ids.map((id) => [id, []]));
    if (rows.length > 0) {
      const relationsOf = new Map<string, string[]>();
      for (const { relationId, passageId } of relations.evidenceOfAll(ids)) relationsOf.set(passageId, [...(relationsOf.get(passageId) ?? []), relationId]);
      for (const ref of passages.refs([...relationsOf.keys()])) {
        for (const relationId of relationsOf.get(ref.id) ?? []) evidence.get(relationId)?.push(ref);
      }
    }
    return rows.flatMap((row) => {
      const source = cards.get(row.source_id);
      const target = cards.get(row.target_id);
      if (!source || !target) return [];
      return [
        { id: row.id, source, target, type: row.type, label: row.label, date: row.date, evidence: evidence.get(row.id) ?? [], createdAt: row.created_at },
      ];
    });
  }

  return {
    get(id: string): Relation | null {
      const row = relations.row(id);
      return row ? (toRelations([row])[0] ?? null) : null;
    },
    /** Relations in which the card is the source or the target, oldest first. */
    ofEntity: (entityId: string): Relation[] => toRelations(relations.ofEntity(entityId)),
  };
}
