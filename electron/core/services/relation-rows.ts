// Relations as the contract returns them: both cards as refs and the evidence as passage refs.
import type Database from 'better-sqlite3';
import type { EntityRef, PassageRef, Relation, RelationType } from '../../../shared/domain';

export interface RelationRow {
  id: string;
  source_id: string;
  target_id: string;
  type: RelationType;
  label: string | null;
  date: string | null;
  created_at: string;
}

const SELECT = `
  SELECT r.*, s.type AS source_type, s.name AS source_name, t.type AS target_type, t.name AS target_name
  FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id`;

type JoinedRow = RelationRow & { source_type: EntityRef['type']; source_name: string; target_type: EntityRef['type']; target_name: string };

export function createRelationRows(db: Database.Database) {
  const byId = db.prepare(`${SELECT} WHERE r.id = ?`);
  const ofEntity = db.prepare(`${SELECT} WHERE r.source_id = @id OR r.target_id = @id ORDER BY r.created_at, r.id`);
  const evidenceOf = db.prepare(`
    SELECT re.relation_id, p.id, p.clipping_id, c.title, p.exact, p.anchor_status
    FROM relation_evidence re JOIN passages p ON p.id = re.passage_id JOIN clippings c ON c.id = p.clipping_id
    WHERE re.relation_id IN (SELECT value FROM json_each(?)) ORDER BY c.captured_at, p.start, p.id`);

  function toRelations(rows: JoinedRow[]): Relation[] {
    const evidence = new Map<string, PassageRef[]>(rows.map((row) => [row.id, []]));
    if (rows.length > 0) {
      const refs = evidenceOf.all(JSON.stringify(rows.map((row) => row.id))) as Array<{
        relation_id: string;
        id: string;
        clipping_id: string;
        title: string;
        exact: string;
        anchor_status: PassageRef['anchorStatus'];
      }>;
      for (const ref of refs) {
        evidence.get(ref.relation_id)?.push({ id: ref.id, clippingId: ref.clipping_id, clippingTitle: ref.title, exact: ref.exact, anchorStatus: ref.anchor_status });
      }
    }
    return rows.map((row) => ({
      id: row.id,
      source: { id: row.source_id, type: row.source_type, name: row.source_name },
      target: { id: row.target_id, type: row.target_type, name: row.target_name },
      type: row.type,
      label: row.label,
      date: row.date,
      evidence: evidence.get(row.id) ?? [],
      createdAt: row.created_at,
    }));
  }

  return {
    get(id: string): Relation | null {
      const row = byId.get(id) as JoinedRow | undefined;
      return row ? toRelations([row])[0]! : null;
    },
    /** Relations in which the card is the source or the target, oldest first. */
    ofEntity: (entityId: string): Relation[] => toRelations(ofEntity.all({ id: entityId }) as JoinedRow[]),
  };
}
