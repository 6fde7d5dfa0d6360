// A card as the contract returns it: its names, attributes, evidence and grade, the clippings that
// mention it, its relations, and the names it shares with other cards.
import type Database from 'better-sqlite3';
import type { EntityAttribute, EntityCard, EntityRef, EntitySummary } from '../../../shared/domain';
import type { Credibility, Reliability } from '../../../shared/grading';
import type { EntityMentions } from './entity-mentions';
import type { EntityRow, EntityStore } from './entity-store';
import type { createPassagesService } from './passages';
import type { RelationsService } from './relations';

interface Sources {
  store: EntityStore;
  passages: ReturnType<typeof createPassagesService>;
  mentions: EntityMentions;
  relations: RelationsService;
}

export type EntityCards = ReturnType<typeof createEntityCards>;

export function createEntityCards(db: Database.Database, { store, passages, mentions, relations }: Sources) {
  const attributesOf = db.prepare('SELECT key, value FROM entity_attributes WHERE entity_id = ? ORDER BY position');
  const passageCount = db.prepare('SELECT count(*) AS n FROM passage_entities WHERE entity_id = ?');
  const evidenceGrades = db.prepare(`
    SELECT min(c.reliability) AS reliability, min(c.credibility) AS credibility FROM passage_entities pe
    JOIN passages p ON p.id = pe.passage_id JOIN clippings c ON c.id = p.clipping_id
    WHERE pe.entity_id = ? AND c.trashed_at IS NULL`);
  // Through the folded-name index: other live cards with a name that folds like one of this card's.
  const sharing = db.prepare(`
    SELECT DISTINCT own.name AS shared, other.id, other.type, other.name
    FROM entity_names own
    JOIN entity_names theirs ON theirs.folded = own.folded AND theirs.entity_id <> own.entity_id
    JOIN entities other ON other.id = theirs.entity_id AND other.merged_into IS NULL
    WHERE own.entity_id = ? AND own.folded <> ''
    ORDER BY own.is_primary DESC, own.name COLLATE NOCASE, other.name COLLATE NOCASE, other.id`);

  function summary(entity: EntityRow): EntitySummary {
    const names = store.names(entity.id);
    return {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      otherLabel: entity.other_label,
      aliases: names.filter((n) => n.is_primary === 0).map((n) => n.name),
      description: entity.description,
      passageCount: (passageCount.get(entity.id) as { n: number }).n,
    };
  }

  function sharedNames(entityId: string): EntityCard['sharedNames'] {
    const byName = new Map<string, EntityRef[]>();
    for (const row of sharing.all(entityId) as Array<EntityRef & { shared: string }>) {
      const others = byName.get(row.shared) ?? [];
      others.push({ id: row.id, type: row.type, name: row.name });
      byName.set(row.shared, others);
    }
    return [...byName].map(([name, others]) => ({ name, others }));
  }

  function card(id: string): EntityCard {
    const entity = store.live(id);
    const base = summary(entity);
    const names = [base.name, ...base.aliases];
    const grade = evidenceGrades.get(id) as { reliability: Reliability | null; credibility: Credibility | null };
    return {
      ...base,
      attributes: attributesOf.all(id) as EntityAttribute[],
      grade: grade.reliability === null && grade.credibility === null ? null : grade,
      passages: passages.list({ entityId: id, offset: 0, limit: 500 }).items,
      mentions: mentions.list(id, names),
      unlinkedMentionCount: mentions.unlinkedCount(id, names),
      relations: relations.ofEntity(id),
      sharedNames: sharedNames(id),
      createdAt: entity.created_at,
      updatedAt: entity.updated_at,
    };
  }

  return { summary, card };
}
