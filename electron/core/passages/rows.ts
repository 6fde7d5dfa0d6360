// Passage rows as the contract returns them.
import type { EntityRef, Passage } from '../../../shared/domain';
import type { EntitiesStore } from '../entities/store';
import type { PassageRow, PassagesStore } from './store';

/** The rows as the contract returns them, each with the live cards it is linked to. */
export function toPassages(rows: PassageRow[], passages: PassagesStore, entities: EntitiesStore): Passage[] {
  const linked = new Map<string, EntityRef[]>(rows.map((row) => [row.id, []]));
  if (rows.length > 0) {
    const links = passages.linksOf(rows.map((row) => row.id));
    const cardsOf = new Map<string, string[]>();
    for (const { passageId, entityId } of links) cardsOf.set(entityId, [...(cardsOf.get(entityId) ?? []), passageId]);
    for (const card of entities.liveRefs([...cardsOf.keys()])) {
      for (const passageId of cardsOf.get(card.id) ?? []) linked.get(passageId)?.push(card);
    }
  }
  return rows.map((row) => ({
    id: row.id,
    clippingId: row.clipping_id,
    clippingTitle: row.clipping_title,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start,
    end: row.end,
    anchorStatus: row.anchor_status,
    color: row.color,
    label: row.label,
    comment: row.comment,
    entities: linked.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}
