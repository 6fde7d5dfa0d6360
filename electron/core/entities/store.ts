// Every SQL statement on the entities domain's tables: cards (entities), their names and aliases
// (entity_names, folded for lookup), attributes, remembered rejections of suggestions, and merge
// records. One place that knows what a live card is.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { EntityAttribute, EntityGraph, EntityRef, EntityType } from '../../../shared/domain';
import { foldName } from '../../../shared/entities/fold-name';
import { NotebookError } from '../../../shared/errors';

export interface EntityRow {
  id: string;
  type: EntityType;
  other_label: string | null;
  name: string;
  description: string | null;
  merged_into: string | null;
  created_at: string;
  updated_at: string;
}

export interface NameRow {
  name: string;
  folded: string;
  is_primary: number;
}

export interface NewCard {
  type: EntityType;
  otherLabel?: string | null | undefined;
  name: string;
  aliases?: readonly string[] | undefined;
  description?: string | null | undefined;
  attributes?: readonly EntityAttribute[] | undefined;
}

const CARD_GONE = 'That card no longer exists — it may have been deleted. Choose another card or create one.';

export type EntitiesStore = ReturnType<typeof createEntitiesStore>;

export function createEntitiesStore(db: Database.Database) {
  const names = createNameRows(db);
  const attributes = createAttributeRows(db);
  return {
    ...createCardRows(db, names, attributes),
    names,
    attributes,
    rejections: createRejectionRows(db),
    merges: createMergeRows(db),
  };
}

function createCardRows(db: Database.Database, names: NameRows, attributes: AttributeRows) {
  const row = db.prepare('SELECT * FROM entities WHERE id = ?');
  const insertEntity = db.prepare(`
    INSERT INTO entities (id, type, other_label, name, description, created_at, updated_at)
    VALUES (@id, @type, @otherLabel, @name, @description, @now, @now)`);
  const update = db.prepare(`
    UPDATE entities SET type = @type, other_label = @otherLabel, name = @name, description = @description, updated_at = @now WHERE id = @id`);
  // The card and every card merged into it (they are part of it now), at any depth.
  const withParts = db
    .prepare(
      `
    WITH RECURSIVE parts(id) AS (SELECT ? UNION SELECT e.id FROM entities e JOIN parts ON e.merged_into = parts.id)
    SELECT id FROM parts`,
    )
    .pluck();
  const removeAll = db.prepare('DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?))');
  const liveRefs = db.prepare(`
    SELECT id, type, name FROM entities WHERE id IN (SELECT value FROM json_each(?)) AND merged_into IS NULL
    ORDER BY name COLLATE NOCASE`);
  const refs = db.prepare('SELECT id, type, name FROM entities WHERE id IN (SELECT value FROM json_each(?))');
  const graphNodes = db.prepare(`
    SELECT id, type, name, other_label AS otherLabel FROM entities
    WHERE merged_into IS NULL AND (@all OR type IN (SELECT value FROM json_each(@types)))
    ORDER BY name COLLATE NOCASE, id`);

  return {
    /** The card, which must exist and not be merged into another; `field` names the input it came from. */
    live(id: string, field = 'id'): EntityRow {
      const found = row.get(id) as EntityRow | undefined;
      if (!found) throw new NotebookError('not_found', CARD_GONE, field);
      if (found.merged_into) throw new NotebookError('conflict', `The card “${found.name}” was merged into another card; open that one instead.`, field);
      return found;
    },

    find: (id: string): EntityRow | undefined => row.get(id) as EntityRow | undefined,

    ref: ({ id, type, name }: EntityRow): EntityRef => ({ id, type, name }),

    /** Inserts a card with its names and attributes (inside the caller's transaction); returns its id. */
    insert(card: NewCard, now: string): string {
      const id = randomUUID();
      insertEntity.run({
        id,
        type: card.type,
        otherLabel: card.type === 'other' ? (card.otherLabel ?? null) : null,
        name: card.name,
        description: card.description ?? null,
        now,
      });
      names.write(id, card.name, card.aliases ?? []);
      attributes.write(id, card.attributes ?? []);
      return id;
    },

    update(id: string, fields: { type: EntityType; otherLabel: string | null; name: string; description: string | null }, now: string): void {
      update.run({ id, ...fields, now });
    },

    /** The card and the cards merged into it, at any depth. */
    withParts: (id: string): string[] => withParts.all(id) as string[],

    /** Deletes the cards; their names, links and relations go by cascade. */
    removeAll(ids: readonly string[]): void {
      removeAll.run(JSON.stringify(ids));
      names.changed();
    },

    /** A page of live cards (of one type), by name. */
    page(type: EntityType | undefined, limit: number, offset: number): { rows: EntityRow[]; total: number } {
      const where = type ? 'merged_into IS NULL AND type = @type' : 'merged_into IS NULL';
      const params = type ? { type } : {};
      const total = db.prepare(`SELECT count(*) FROM entities WHERE ${where}`).pluck().get(params) as number;
      const rows = db
        .prepare(`SELECT * FROM entities WHERE ${where} ORDER BY name COLLATE NOCASE, id LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit, offset }) as EntityRow[];
      return { rows, total };
    },

    /** The live cards among `ids`, by name. */
    liveRefs: (ids: readonly string[]): EntityRef[] => liveRefs.all(JSON.stringify(ids)) as EntityRef[],

    /** The cards among `ids` (live or merged), by id. */
    refs: (ids: readonly string[]): Map<string, EntityRef> => new Map((refs.all(JSON.stringify(ids)) as EntityRef[]).map((ref) => [ref.id, ref])),

    /** Live cards of the given types (every type when `types` is undefined), for the link chart. */
    graphNodes(types: readonly string[] | undefined): EntityGraph['nodes'] {
      return graphNodes.all({ all: types === undefined ? 1 : 0, types: JSON.stringify(types ?? []) }) as EntityGraph['nodes'];
    },
  };
}

type NameRows = ReturnType<typeof createNameRows>;

function createNameRows(db: Database.Database) {
  const namesOf = db.prepare('SELECT name, folded, is_primary FROM entity_names WHERE entity_id = ? ORDER BY is_primary DESC, name COLLATE NOCASE');
  const insertName = db.prepare('INSERT OR IGNORE INTO entity_names (entity_id, name, folded, is_primary) VALUES (?, ?, ?, ?)');
  const deleteName = db.prepare('DELETE FROM entity_names WHERE entity_id = ? AND name = ?');
  const deleteNames = db.prepare('DELETE FROM entity_names WHERE entity_id = ?');
  const cardsFolded = db.prepare(`
    SELECT e.id, e.name, e.type, n.name AS written FROM entity_names n JOIN entities e ON e.id = n.entity_id
    WHERE n.folded = ? AND e.merged_into IS NULL ORDER BY e.id`);
  const cardNamed = db
    .prepare(
      `
    SELECT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
    WHERE n.folded = ? AND e.type = ? AND e.merged_into IS NULL
    ORDER BY n.is_primary DESC, e.created_at, e.id LIMIT 1`,
    )
    .pluck();
  const cardsNamed = db.prepare(`
    SELECT DISTINCT e.id AS entityId, e.name FROM entity_names n JOIN entities e ON e.id = n.entity_id
    WHERE n.folded = ? AND e.merged_into IS NULL ORDER BY e.name COLLATE NOCASE, e.id`);
  const allLive = db.prepare('SELECT n.entity_id AS entityId, n.folded FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE e.merged_into IS NULL');
  const knownNames = db.prepare(`
    SELECT e.id, e.type, e.name, n.name AS alias, n.is_primary FROM entities e JOIN entity_names n ON n.entity_id = e.id
    WHERE e.merged_into IS NULL ORDER BY e.id`);
  // Through the folded-name index: other live cards with a name that folds like one of this card's.
  const sharing = db.prepare(`
    SELECT DISTINCT own.name AS shared, other.id, other.type, other.name
    FROM entity_names own
    JOIN entity_names theirs ON theirs.folded = own.folded AND theirs.entity_id <> own.entity_id
    JOIN entities other ON other.id = theirs.entity_id AND other.merged_into IS NULL
    WHERE own.entity_id = ? AND own.folded <> ''
    ORDER BY own.is_primary DESC, own.name COLLATE NOCASE, other.name COLLATE NOCASE, other.id`);
  const listeners: Array<() => void> = [];

  function changed(): void {
    for (const listener of listeners) listener();
  }

  return {
    of: (entityId: string): NameRow[] => namesOf.all(entityId) as NameRow[],

    /** Makes the card's names exactly its name and these aliases. */
    write(entityId: string, name: string, aliases: readonly string[]): void {
      deleteNames.run(entityId);
      insertName.run(entityId, name, foldName(name), 1);
      for (const alias of aliases) if (alias !== name) insertName.run(entityId, alias, foldName(alias), 0);
      changed();
    },

    /** Adds a name as an alias; false when the card already has that exact name. */
    addAlias(entityId: string, alias: string, folded = foldName(alias)): boolean {
      const added = insertName.run(entityId, alias, folded, 0).changes > 0;
      if (added) changed();
      return added;
    },

    /** Removes one name (a merge being undone; the caller says when names changed). */
    remove: (entityId: string, name: string): void => void deleteName.run(entityId, name),

    /** Live cards with a name that folds to `folded`, with the name as written. */
    cardsFolded: (folded: string) => cardsFolded.all(folded) as Array<{ id: string; name: string; type: EntityType; written: string }>,
    /** The live card of a type with a name that folds to `folded`: primary names first, then the oldest. */
    cardNamed: (folded: string, type: string): string | null => (cardNamed.get(folded, type) as string | undefined) ?? null,
    /** Live cards with a name that folds to `folded`, by name. */
    cardsNamed: (folded: string) => cardsNamed.all(folded) as Array<{ entityId: string; name: string }>,
    /** Every folded name of every live card. */
    allLive: () => allLive.all() as Array<{ entityId: string; folded: string }>,
    /** Every live card with each of its names. */
    known: () => knownNames.all() as Array<{ id: string; type: EntityType; name: string; alias: string; is_primary: number }>,
    /** Other live cards sharing a folded name with this card. */
    sharedWith: (entityId: string) => sharing.all(entityId) as Array<EntityRef & { shared: string }>,

    /** Runs `listener` whenever any card's names change (caches of names are dropped then). */
    onChange(listener: () => void): void {
      listeners.push(listener);
    },
    changed,
  };
}

type AttributeRows = ReturnType<typeof createAttributeRows>;

function createAttributeRows(db: Database.Database) {
  const attributesOf = db.prepare('SELECT position, key, value FROM entity_attributes WHERE entity_id = ? ORDER BY position');
  const insert = db.prepare('INSERT INTO entity_attributes (entity_id, position, key, value) VALUES (?, ?, ?, ?)');
  const removeOne = db.prepare('DELETE FROM entity_attributes WHERE entity_id = ? AND position = ?');
  const removeAll = db.prepare('DELETE FROM entity_attributes WHERE entity_id = ?');
  return {
    of: (entityId: string) => attributesOf.all(entityId) as Array<EntityAttribute & { position: number }>,
    /** Makes the card's attributes exactly these, in this order. */
    write(entityId: string, attributes: readonly EntityAttribute[]): void {
      removeAll.run(entityId);
      attributes.forEach((attribute, position) => insert.run(entityId, position, attribute.key, attribute.value));
    },
    insert: (entityId: string, position: number, attribute: EntityAttribute): void => void insert.run(entityId, position, attribute.key, attribute.value),
    remove: (entityId: string, position: number): void => void removeOne.run(entityId, position),
  };
}

function createRejectionRows(db: Database.Database) {
  const of = db.prepare('SELECT folded, type FROM rejected_suggestions WHERE clipping_id = ?');
  const add = db.prepare('INSERT OR IGNORE INTO rejected_suggestions (clipping_id, folded, type) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM rejected_suggestions WHERE clipping_id = ? AND folded = ? AND type = ?');
  return {
    of: (clippingId: string) => of.all(clippingId) as Array<{ folded: string; type: string }>,
    /** Remembers a rejection; 0 when it was remembered already. */
    add: (clippingId: string, folded: string, type: string): number => add.run(clippingId, folded, type).changes,
    /** Forgets a rejection; 0 when there was none. */
    remove: (clippingId: string, folded: string, type: string): number => remove.run(clippingId, folded, type).changes,
  };
}

export interface MergeRecord {
  survivor_id: string;
  absorbed_id: string;
  moved: string;
  undone_at: string | null;
}

function createMergeRows(db: Database.Database) {
  const insert = db.prepare('INSERT INTO entity_merges (id, survivor_id, absorbed_id, moved, created_at) VALUES (?, ?, ?, ?, ?)');
  const record = db.prepare('SELECT * FROM entity_merges WHERE id = ?');
  const markUndone = db.prepare('UPDATE entity_merges SET undone_at = ? WHERE id = ?');
  const forgetAll = db.prepare(
    'DELETE FROM entity_merges WHERE survivor_id IN (SELECT value FROM json_each(?)) OR absorbed_id IN (SELECT value FROM json_each(?))',
  );
  const absorb = db.prepare('UPDATE entities SET merged_into = ?, updated_at = ? WHERE id = ?');
  const release = db.prepare('UPDATE entities SET merged_into = NULL, updated_at = coalesce(?, updated_at) WHERE id = ?');
  return {
    /** Records a merge with what it moved; returns the record's id. */
    record(survivorId: string, absorbedId: string, moved: unknown, now: string): string {
      const id = randomUUID();
      insert.run(id, survivorId, absorbedId, JSON.stringify(moved), now);
      return id;
    },
    find: (mergeId: string): MergeRecord | undefined => record.get(mergeId) as MergeRecord | undefined,
    markUndone: (mergeId: string, now: string): void => void markUndone.run(now, mergeId),
    /** Forgets every merge involving these cards (they can no longer be undone). */
    forgetAll(ids: readonly string[]): void {
      const json = JSON.stringify(ids);
      forgetAll.run(json, json);
    },
    /** Marks a card as merged into another. */
    absorb: (absorbedId: string, survivorId: string, now: string): void => void absorb.run(survivorId, now, absorbedId),
    /** Makes a merged card live again, with the updated_at it had before the merge when known. */
    release: (absorbedId: string, updatedAt: string | null): void => void release.run(updatedAt, absorbedId),
  };
}
