// The rows behind entity cards, shared by every service that writes cards or their names
// (cards, merges, accepted suggestions, relations): one place that knows what a live card is.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { EntityAttribute, EntityRef, EntityType } from '../../../shared/domain';
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

export const CARD_GONE = 'That card no longer exists — it may have been deleted. Choose another card or create one.';

export type EntityStore = ReturnType<typeof createEntityStore>;

export function createEntityStore(db: Database.Database) {
  const row = db.prepare('SELECT * FROM entities WHERE id = ?');
  const insertEntity = db.prepare(`
    INSERT INTO entities (id, type, other_label, name, description, created_at, updated_at)
    VALUES (@id, @type, @otherLabel, @name, @description, @now, @now)`);
  const namesOf = db.prepare('SELECT name, folded, is_primary FROM entity_names WHERE entity_id = ? ORDER BY is_primary DESC, name COLLATE NOCASE');
  const insertName = db.prepare('INSERT OR IGNORE INTO entity_names (entity_id, name, folded, is_primary) VALUES (?, ?, ?, ?)');
  const deleteNames = db.prepare('DELETE FROM entity_names WHERE entity_id = ?');
  const insertAttribute = db.prepare('INSERT INTO entity_attributes (entity_id, position, key, value) VALUES (?, ?, ?, ?)');
  const deleteAttributes = db.prepare('DELETE FROM entity_attributes WHERE entity_id = ?');
  const listeners: Array<() => void> = [];

  function namesChanged(): void {
    for (const listener of listeners) listener();
  }

  function writeNames(entityId: string, name: string, aliases: readonly string[]): void {
    deleteNames.run(entityId);
    insertName.run(entityId, name, foldName(name), 1);
    for (const alias of aliases) if (alias !== name) insertName.run(entityId, alias, foldName(alias), 0);
    namesChanged();
  }

  function writeAttributes(entityId: string, attributes: readonly EntityAttribute[]): void {
    deleteAttributes.run(entityId);
    attributes.forEach((attribute, position) => insertAttribute.run(entityId, position, attribute.key, attribute.value));
  }

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

    names: (entityId: string): NameRow[] => namesOf.all(entityId) as NameRow[],

    /** Inserts a card with its names and attributes (inside the caller's transaction); returns its id. */
    insert(card: NewCard): string {
      const id = randomUUID();
      insertEntity.run({
        id,
        type: card.type,
        otherLabel: card.type === 'other' ? (card.otherLabel ?? null) : null,
        name: card.name,
        description: card.description ?? null,
        now: new Date().toISOString(),
      });
      writeNames(id, card.name, card.aliases ?? []);
      writeAttributes(id, card.attributes ?? []);
      return id;
    },

    writeNames,
    writeAttributes,

    /** Adds a name as an alias; false when the card already has that exact name. */
    addAlias(entityId: string, alias: string): boolean {
      const added = insertName.run(entityId, alias, foldName(alias), 0).changes > 0;
      if (added) namesChanged();
      return added;
    },

    /** Runs `listener` whenever any card's names change (caches of names are dropped then). */
    onNamesChanged(listener: () => void): void {
      listeners.push(listener);
    },

    namesChanged,
  };
}
