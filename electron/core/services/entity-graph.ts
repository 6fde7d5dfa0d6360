// The link chart's data: live cards (of the chosen types) and the relations between them.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import type { EntityGraph } from '../../../shared/domain';

export function createEntityGraph(db: Database.Database) {
  const nodes = db.prepare(`
    SELECT id, type, name, other_label AS otherLabel FROM entities
    WHERE merged_into IS NULL AND (@all OR type IN (SELECT value FROM json_each(@types)))
    ORDER BY name COLLATE NOCASE, id`);
  const edges = db.prepare(`
    SELECT r.id, r.source_id AS sourceId, r.target_id AS targetId, r.type, r.label
    FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
    WHERE s.merged_into IS NULL AND t.merged_into IS NULL
      AND (@all OR (s.type IN (SELECT value FROM json_each(@types)) AND t.type IN (SELECT value FROM json_each(@types))))
    ORDER BY r.created_at, r.id`);

  return (input: ParsedInputOf<'entities.graph'>): EntityGraph => {
    // No types given: every card. An empty list: none (every type filtered out).
    const params = { all: input.types === undefined ? 1 : 0, types: JSON.stringify(input.types ?? []) };
    return { nodes: nodes.all(params) as EntityGraph['nodes'], edges: edges.all(params) as EntityGraph['edges'] };
  };
}
