// A card as the contract returns it: its names, attributes, evidence and grade, the clippings that
// mention it, its relations, and the names it shares with other cards.
import type { EntityCard, EntityRef, EntitySummary } from '../../../shared/domain';
import type { Stores } from '../context';
import type { PassagesService } from '../passages/passages';
import type { RelationReader } from '../relations/rows';
import type { EntityMentions } from './mentions';
import type { EntityRow } from './store';

interface Sources {
  passages: PassagesService;
  mentions: EntityMentions;
  relations: RelationReader;
}

export function createEntityCards(stores: Stores, { passages, mentions, relations }: Sources) {
  const { entities } = stores;

  function summary(entity: EntityRow): EntitySummary {
    const names = entities.names.of(entity.id);
    return {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      otherLabel: entity.other_label,
      aliases: names.filter((n) => n.is_primary === 0).map((n) => n.name),
      description: entity.description,
      passageCount: stores.passages.countLinkedTo(entity.id),
      mentionCount: stores.passages.mentions.countOf(entity.id),
    };
  }

  function sharedNames(entityId: string): EntityCard['sharedNames'] {
    const byName = new Map<string, EntityRef[]>();
    for (const row of entities.names.sharedWith(entityId)) {
      const others = byName.get(row.shared) ?? [];
      others.push({ id: row.id, type: row.type, name: row.name });
      byName.set(row.shared, others);
    }
    return [...byName].map(([name, others]) => ({ name, others }));
  }

  function card(id: string): EntityCard {
    const entity = entities.live(id);
    const base = summary(entity);
    const names = [base.name, ...base.aliases];
    const grade = stores.passages.gradesLinkedTo(id);
    return {
      ...base,
      attributes: entities.attributes.of(id).map(({ key, value }) => ({ key, value })),
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
