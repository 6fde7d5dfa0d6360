// Entity cards: people, organisations, places and others, with aliases, attributes, linked
// passages, relations and the clippings that mention them. The parts live in their own files;
// this one holds the card's own writes and puts the service together.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult, EntityCard, EntitySummary, MergeResult, Page, Passage } from '../../../shared/domain';
import { createAcceptSuggestions } from './accept-suggestions';
import { createEntityCards } from './entity-cards';
import { createEntityGraph } from './entity-graph';
import { createEntityMentions } from './entity-mentions';
import { createEntityMerge } from './entity-merge';
import { createEntitySearch } from './entity-search';
import type { EntityRow, EntityStore } from './entity-store';
import { createEntitySuggestions } from './entity-suggestions';
import { createLinkMentions } from './link-mentions';
import type { createPassagesService } from './passages';
import type { RelationsService } from './relations';

type Passages = ReturnType<typeof createPassagesService>;

export function createEntitiesService(db: Database.Database, store: EntityStore, passages: Passages, relations: RelationsService) {
  const search = createEntitySearch(db);
  store.onNamesChanged(() => search.invalidate());
  const mentions = createEntityMentions(db);
  const cards = createEntityCards(db, { store, passages, mentions, relations });
  const merges = createEntityMerge(db, store);
  const suggestions = createEntitySuggestions(db, store);
  const acceptSuggestions = createAcceptSuggestions(db, store, passages);
  const linkMentions = createLinkMentions(db, store, mentions, passages);
  const linkPassage = db.prepare('INSERT OR IGNORE INTO passage_entities (passage_id, entity_id) VALUES (?, ?)');
  const unlinkPassage = db.prepare('DELETE FROM passage_entities WHERE passage_id = ? AND entity_id = ?');
  // The card and every card merged into it (they are part of it now), at any depth.
  const cardWithParts = db.prepare(`
    WITH RECURSIVE parts(id) AS (SELECT ? UNION SELECT e.id FROM entities e JOIN parts ON e.merged_into = parts.id)
    SELECT id FROM parts`);

  const create = db.transaction((input: ParsedInputOf<'entities.create'>): string => store.insert(input));

  const update = db.transaction((input: ParsedInputOf<'entities.update'>): void => {
    const entity = store.live(input.id);
    const { patch } = input;
    const type = patch.type ?? entity.type;
    const name = patch.name ?? entity.name;
    db.prepare(`
      UPDATE entities SET type = ?, other_label = ?, name = ?, description = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      WHERE id = ?`).run(
      type,
      type === 'other' ? (patch.otherLabel !== undefined ? patch.otherLabel : entity.other_label) : null,
      name,
      patch.description !== undefined ? patch.description : entity.description,
      input.id,
    );
    if (patch.name !== undefined || patch.aliases !== undefined) {
      store.writeNames(input.id, name, patch.aliases ?? cards.summary(entity).aliases);
    }
    if (patch.attributes !== undefined) store.writeAttributes(input.id, patch.attributes);
  });

  /** Deletes the card and the cards merged into it; names, links and relations go by cascade, passages stay. */
  const remove = db.transaction((id: string): BulkResult => {
    store.live(id);
    const ids = JSON.stringify((cardWithParts.all(id) as Array<{ id: string }>).map((row) => row.id));
    // Merges involving these cards can no longer be undone, so their records go first.
    db.prepare('DELETE FROM entity_merges WHERE survivor_id IN (SELECT value FROM json_each(?)) OR absorbed_id IN (SELECT value FROM json_each(?))').run(ids, ids);
    db.prepare('DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?))').run(ids);
    store.namesChanged();
    return { count: 1 };
  });

  return {
    create: (input: ParsedInputOf<'entities.create'>): EntityCard => cards.card(create(input)),
    update(input: ParsedInputOf<'entities.update'>): EntityCard {
      update(input);
      return cards.card(input.id);
    },
    get: (input: ParsedInputOf<'entities.get'>): EntityCard => cards.card(input.id),
    list(input: ParsedInputOf<'entities.list'>): Page<EntitySummary> {
      const where = input.type ? 'merged_into IS NULL AND type = @type' : 'merged_into IS NULL';
      const params = input.type ? { type: input.type } : {};
      const { total } = db.prepare(`SELECT count(*) AS total FROM entities WHERE ${where}`).get(params) as { total: number };
      const rows = db
        .prepare(`SELECT * FROM entities WHERE ${where} ORDER BY name COLLATE NOCASE, id LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: input.limit, offset: input.offset }) as EntityRow[];
      return { items: rows.map(cards.summary), total, offset: input.offset, limit: input.limit };
    },
    find: (input: ParsedInputOf<'entities.find'>): EntitySummary[] => search.find(input.query, input.limit).map((id) => cards.summary(store.live(id))),
    merge(input: ParsedInputOf<'entities.merge'>): MergeResult {
      const mergeId = merges.merge(input.survivorId, input.absorbedId);
      return { entity: cards.card(input.survivorId), mergeId };
    },
    undoMerge: (input: ParsedInputOf<'entities.undoMerge'>): EntityCard => cards.card(merges.undo(input.mergeId)),
    delete: (input: ParsedInputOf<'entities.delete'>): BulkResult => remove(input.id),
    suggest: suggestions.suggest,
    rejectSuggestion: suggestions.rejectSuggestion,
    acceptSuggestions,
    linkMentions,
    graph: createEntityGraph(db),
    link(input: ParsedInputOf<'passages.link'>): Passage {
      passages.get(input.passageId);
      store.live(input.entityId, 'entityId');
      linkPassage.run(input.passageId, input.entityId);
      return passages.get(input.passageId);
    },
    unlink(input: ParsedInputOf<'passages.unlink'>): Passage {
      passages.get(input.passageId);
      unlinkPassage.run(input.passageId, input.entityId);
      return passages.get(input.passageId);
    },
  };
}
