// Entity cards: people, organisations, places and others, with aliases, attributes, linked
// passages and the clippings that mention them. Merges are recorded so they can be undone.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult, EntityAttribute, EntityCard, EntityMention, EntitySummary, EntityType, MergeResult, Page, Passage } from '../../../shared/domain';
import { foldName } from '../../../shared/entities/fold-name';
import { KnownCardIndex } from '../../../shared/entities/known-card-index';
import { suggestEntities } from '../../../shared/entities/suggest-entities';
import type { EntitySuggestion, KnownCard } from '../../../shared/entities/types';
import { NotebookError } from '../../../shared/errors';
import type { Credibility, Reliability } from '../../../shared/grading';
import { createEntitySearch } from './entity-search';
import type { createPassagesService } from './passages';

interface EntityRow {
  id: string;
  type: EntityType;
  other_label: string | null;
  name: string;
  description: string | null;
  merged_into: string | null;
  created_at: string;
  updated_at: string;
}

interface MergeMoves {
  names: string[];
  passageIds: string[];
  attributePositions: number[];
}

type Passages = ReturnType<typeof createPassagesService>;
type EntityFields = ParsedInputOf<'entities.create'>;

const MENTION_LIMIT = 200;

export function createEntitiesService(db: Database.Database, passages: Passages) {
  const search = createEntitySearch(db);
  const row = db.prepare('SELECT * FROM entities WHERE id = ?');
  const insertEntity = db.prepare(`
    INSERT INTO entities (id, type, other_label, name, description, created_at, updated_at)
    VALUES (@id, @type, @otherLabel, @name, @description, @now, @now)`);
  const namesOf = db.prepare('SELECT name, is_primary FROM entity_names WHERE entity_id = ? ORDER BY is_primary DESC, name COLLATE NOCASE');
  const insertName = db.prepare('INSERT OR IGNORE INTO entity_names (entity_id, name, folded, is_primary) VALUES (?, ?, ?, ?)');
  const deleteName = db.prepare('DELETE FROM entity_names WHERE entity_id = ? AND name = ?');
  const attributesOf = db.prepare('SELECT position, key, value FROM entity_attributes WHERE entity_id = ? ORDER BY position');
  const insertAttribute = db.prepare('INSERT INTO entity_attributes (entity_id, position, key, value) VALUES (?, ?, ?, ?)');
  const passageCount = db.prepare('SELECT count(*) AS n FROM passage_entities WHERE entity_id = ?');
  const linkPassage = db.prepare('INSERT OR IGNORE INTO passage_entities (passage_id, entity_id) VALUES (?, ?)');
  const unlinkPassage = db.prepare('DELETE FROM passage_entities WHERE passage_id = ? AND entity_id = ?');
  const linkedPassageIds = db.prepare('SELECT passage_id FROM passage_entities WHERE entity_id = ?');
  const evidenceGrades = db.prepare(`
    SELECT min(c.reliability) AS reliability, min(c.credibility) AS credibility FROM passage_entities pe
    JOIN passages p ON p.id = pe.passage_id JOIN clippings c ON c.id = p.clipping_id
    WHERE pe.entity_id = ? AND c.trashed_at IS NULL`);
  const mentioning = db.prepare(`
    SELECT c.id, c.title, EXISTS (
      SELECT 1 FROM passages p JOIN passage_entities pe ON pe.passage_id = p.id WHERE p.clipping_id = c.id AND pe.entity_id = @entityId
    ) AS linked
    FROM clippings_fts f JOIN clippings c ON c.rowid = f.rowid
    WHERE clippings_fts MATCH @query AND c.trashed_at IS NULL
    ORDER BY linked DESC, c.captured_at DESC LIMIT ${MENTION_LIMIT}`);
  const insertMerge = db.prepare('INSERT INTO entity_merges (id, survivor_id, absorbed_id, moved, created_at) VALUES (?, ?, ?, ?, ?)');
  const mergeRow = db.prepare('SELECT * FROM entity_merges WHERE id = ?');
  const clippingText = db.prepare('SELECT text FROM clippings WHERE id = ?');
  const knownNames = db.prepare(`
    SELECT e.id, e.type, e.name, n.name AS alias, n.is_primary FROM entities e JOIN entity_names n ON n.entity_id = e.id
    WHERE e.merged_into IS NULL ORDER BY e.id`);
  const rejected = db.prepare('SELECT folded, type FROM rejected_suggestions WHERE clipping_id = ?');
  const reject = db.prepare('INSERT OR IGNORE INTO rejected_suggestions (clipping_id, folded, type) VALUES (?, ?, ?)');
  let knownIndex: KnownCardIndex | null = null;

  /** Every live card with its aliases, indexed once until a card's names change. */
  function knownCards(): KnownCardIndex {
    if (knownIndex) return knownIndex;
    const cards = new Map<string, KnownCard & { aliases: string[] }>();
    for (const r of knownNames.all() as Array<{ id: string; type: EntityType; name: string; alias: string; is_primary: number }>) {
      const entry = cards.get(r.id) ?? { id: r.id, type: r.type, name: r.name, aliases: [] };
      if (r.is_primary === 0) entry.aliases.push(r.alias);
      cards.set(r.id, entry);
    }
    knownIndex = new KnownCardIndex([...cards.values()]);
    return knownIndex;
  }

  function namesChanged(): void {
    search.invalidate();
    knownIndex = null;
  }

  function live(id: string, field = 'id'): EntityRow {
    const found = row.get(id) as EntityRow | undefined;
    if (!found) throw new NotebookError('not_found', `There is no entity card with id ${id}.`, field);
    if (found.merged_into) throw new NotebookError('conflict', `The card “${found.name}” was merged into another card; open that one instead.`, field);
    return found;
  }

  function summary(entity: EntityRow): EntitySummary {
    const names = namesOf.all(entity.id) as Array<{ name: string; is_primary: number }>;
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

  function card(id: string): EntityCard {
    const entity = live(id);
    const base = summary(entity);
    const grade = evidenceGrades.get(id) as { reliability: Reliability | null; credibility: Credibility | null };
    return {
      ...base,
      attributes: (attributesOf.all(id) as EntityAttribute[]).map(({ key, value }) => ({ key, value })),
      grade: grade.reliability === null && grade.credibility === null ? null : grade,
      passages: passages.list({ entityId: id, offset: 0, limit: 500 }).items,
      mentions: mentionsOf(id, [base.name, ...base.aliases]),
      createdAt: entity.created_at,
      updatedAt: entity.updated_at,
    };
  }

  /** Clippings whose text has any of the names as a phrase (the full-text index folds case and diacritics). */
  function mentionsOf(entityId: string, names: readonly string[]): EntityMention[] {
    const phrases = names.map(ftsPhrase).filter((p) => p !== '');
    if (phrases.length === 0) return [];
    const rows = mentioning.all({ entityId, query: `text : (${phrases.join(' OR ')})` }) as Array<{ id: string; title: string; linked: number }>;
    return rows.map((r) => ({ clippingId: r.id, title: r.title, linked: r.linked === 1 }));
  }

  function writeNames(entityId: string, name: string, aliases: readonly string[]): void {
    db.prepare('DELETE FROM entity_names WHERE entity_id = ?').run(entityId);
    insertName.run(entityId, name, foldName(name), 1);
    for (const alias of aliases) if (alias !== name) insertName.run(entityId, alias, foldName(alias), 0);
    namesChanged();
  }

  function writeAttributes(entityId: string, attributes: readonly EntityAttribute[]): void {
    db.prepare('DELETE FROM entity_attributes WHERE entity_id = ?').run(entityId);
    attributes.forEach((attribute, position) => insertAttribute.run(entityId, position, attribute.key, attribute.value));
  }

  const create = db.transaction((input: EntityFields): string => {
    const id = randomUUID();
    insertEntity.run({
      id,
      type: input.type,
      otherLabel: input.type === 'other' ? (input.otherLabel ?? null) : null,
      name: input.name,
      description: input.description ?? null,
      now: new Date().toISOString(),
    });
    writeNames(id, input.name, input.aliases ?? []);
    writeAttributes(id, input.attributes ?? []);
    return id;
  });

  const update = db.transaction((input: ParsedInputOf<'entities.update'>): void => {
    const entity = live(input.id);
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
    if (patch.name !== undefined || patch.aliases !== undefined) writeNames(input.id, name, patch.aliases ?? summary(entity).aliases);
    if (patch.attributes !== undefined) writeAttributes(input.id, patch.attributes);
  });

  const merge = db.transaction((input: ParsedInputOf<'entities.merge'>): string => {
    if (input.survivorId === input.absorbedId) {
      throw new NotebookError('invalid_input', 'A card cannot be merged with itself; choose two different cards.', 'absorbedId');
    }
    const survivor = live(input.survivorId, 'survivorId');
    const absorbed = live(input.absorbedId, 'absorbedId');
    const survivorNames = new Set((namesOf.all(survivor.id) as Array<{ name: string }>).map((n) => n.name));
    const moves: MergeMoves = { names: [], passageIds: [], attributePositions: [] };
    for (const { name } of namesOf.all(absorbed.id) as Array<{ name: string }>) {
      if (survivorNames.has(name)) continue;
      insertName.run(survivor.id, name, foldName(name), 0);
      moves.names.push(name);
    }
    for (const { passage_id } of linkedPassageIds.all(absorbed.id) as Array<{ passage_id: string }>) {
      if (linkPassage.run(passage_id, survivor.id).changes > 0) moves.passageIds.push(passage_id);
    }
    const next = (attributesOf.all(survivor.id) as Array<{ position: number }>).length;
    (attributesOf.all(absorbed.id) as Array<EntityAttribute & { position: number }>).forEach((attribute, index) => {
      insertAttribute.run(survivor.id, next + index, attribute.key, attribute.value);
      moves.attributePositions.push(next + index);
    });
    db.prepare("UPDATE entities SET merged_into = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(survivor.id, absorbed.id);
    const mergeId = randomUUID();
    insertMerge.run(mergeId, survivor.id, absorbed.id, JSON.stringify(moves), new Date().toISOString());
    namesChanged();
    return mergeId;
  });

  const undoMerge = db.transaction((mergeId: string): string => {
    const record = mergeRow.get(mergeId) as { survivor_id: string; absorbed_id: string; moved: string; undone_at: string | null } | undefined;
    if (!record) throw new NotebookError('not_found', `There is no merge with id ${mergeId}.`, 'mergeId');
    if (record.undone_at) throw new NotebookError('conflict', 'This merge was already undone.', 'mergeId');
    const moves = JSON.parse(record.moved) as MergeMoves;
    for (const name of moves.names) deleteName.run(record.survivor_id, name);
    for (const passageId of moves.passageIds) unlinkPassage.run(passageId, record.survivor_id);
    for (const position of moves.attributePositions) {
      db.prepare('DELETE FROM entity_attributes WHERE entity_id = ? AND position = ?').run(record.survivor_id, position);
    }
    db.prepare('UPDATE entities SET merged_into = NULL WHERE id = ?').run(record.absorbed_id);
    db.prepare("UPDATE entity_merges SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(mergeId);
    namesChanged();
    return record.absorbed_id;
  });

  return {
    create: (input: EntityFields): EntityCard => card(create(input)),
    update(input: ParsedInputOf<'entities.update'>): EntityCard {
      update(input);
      return card(input.id);
    },
    get: (input: ParsedInputOf<'entities.get'>): EntityCard => card(input.id),
    list(input: ParsedInputOf<'entities.list'>): Page<EntitySummary> {
      const where = input.type ? 'merged_into IS NULL AND type = @type' : 'merged_into IS NULL';
      const params = input.type ? { type: input.type } : {};
      const { total } = db.prepare(`SELECT count(*) AS total FROM entities WHERE ${where}`).get(params) as { total: number };
      const rows = db
        .prepare(`SELECT * FROM entities WHERE ${where} ORDER BY name COLLATE NOCASE, id LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: input.limit, offset: input.offset }) as EntityRow[];
      return { items: rows.map(summary), total, offset: input.offset, limit: input.limit };
    },
    find: (input: ParsedInputOf<'entities.find'>): EntitySummary[] => search.find(input.query, input.limit).map((id) => summary(live(id))),
    merge(input: ParsedInputOf<'entities.merge'>): MergeResult {
      const mergeId = merge(input);
      return { entity: card(input.survivorId), mergeId };
    },
    undoMerge: (input: ParsedInputOf<'entities.undoMerge'>): EntityCard => card(undoMerge(input.mergeId)),
    suggest(input: ParsedInputOf<'entities.suggest'>): EntitySuggestion[] {
      const found = clippingText.get(input.clippingId) as { text: string } | undefined;
      if (!found) throw new NotebookError('not_found', `There is no clipping with id ${input.clippingId}.`, 'clippingId');
      const refused = new Set((rejected.all(input.clippingId) as Array<{ folded: string; type: string }>).map((r) => `${r.type}:${r.folded}`));
      return suggestEntities(found.text, knownCards()).filter((s) => !refused.has(`${s.type}:${foldName(s.name)}`));
    },
    rejectSuggestion(input: ParsedInputOf<'entities.rejectSuggestion'>): BulkResult {
      if (!clippingText.get(input.clippingId)) throw new NotebookError('not_found', `There is no clipping with id ${input.clippingId}.`, 'clippingId');
      return { count: reject.run(input.clippingId, foldName(input.name), input.type).changes };
    },
    link(input: ParsedInputOf<'passages.link'>): Passage {
      passages.get(input.passageId);
      live(input.entityId, 'entityId');
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

/** A name as an FTS5 phrase: its words, quoted; "" when it has none. */
function ftsPhrase(name: string): string {
  const words = name.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? '' : `"${words.join(' ')}"`;
}
