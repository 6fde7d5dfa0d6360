// Every SQL statement on the passages domain's tables: passages and their links to cards
// (passage_entities). A passage lives in a clipping, so reads join clippings for its title, its
// place in the Trash and its grade.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import type { FacetValue, Passage, PassageRef } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import type { Credibility, Reliability } from '../../../shared/grading';
import { createMentionRows } from './mention-rows';

export interface PassageRow {
  id: string;
  clipping_id: string;
  clipping_title: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  anchor_status: Passage['anchorStatus'];
  color: Passage['color'];
  label: string | null;
  comment: string | null;
  created_at: string;
  updated_at: string;
}

export interface NewPassageRow {
  id: string;
  clippingId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  color: Passage['color'];
  label: string | null;
  comment: string | null;
  now: string;
}

/** A cited passage with what its clipping says now. */
export interface CitedRow {
  id: string;
  exact: string;
  anchor_status: Passage['anchorStatus'];
  clipping_id: string;
  title: string;
  outlet: string | null;
  published_at: string | null;
  reliability: Reliability | null;
  credibility: Credibility | null;
  trashed_at: string | null;
}

export type PassagesStore = ReturnType<typeof createPassagesStore>;

const SELECT = 'SELECT p.*, c.title AS clipping_title FROM passages p JOIN clippings c ON c.id = p.clipping_id';

export function createPassagesStore(db: Database.Database) {
  return { ...createPassageRows(db), ...createPassageLinks(db), mentions: createMentionRows(db) };
}

function createPassageRows(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO passages (id, clipping_id, exact, prefix, suffix, start, end, anchor_status, color, label, comment, created_at, updated_at)
    VALUES (@id, @clippingId, @exact, @prefix, @suffix, @start, @end, 'exact', @color, @label, @comment, @now, @now)`);
  const byId = db.prepare(`${SELECT} WHERE p.id = ?`);
  const exists = db.prepare('SELECT 1 FROM passages WHERE id = ?').pluck();
  const remove = db.prepare('DELETE FROM passages WHERE id = ?');
  const atSpan = db
    .prepare('SELECT id FROM passages WHERE clipping_id = ? AND start = ? AND end = ? AND is_mention = 0 ORDER BY created_at, id LIMIT 1')
    .pluck();
  const ofClipping = db.prepare('SELECT id FROM passages WHERE clipping_id = ?').pluck();
  const labelFacets = db.prepare(`
    SELECT min(p.label) AS value, count(*) AS count FROM passages p JOIN clippings c ON c.id = p.clipping_id
    WHERE c.trashed_at IS NULL AND p.label IS NOT NULL GROUP BY p.label COLLATE NOCASE ORDER BY value COLLATE NOCASE`);
  const cited = db.prepare(`
    SELECT p.id, p.exact, p.anchor_status, p.clipping_id, c.title, c.outlet, c.published_at, c.reliability, c.credibility, c.trashed_at
    FROM passages p JOIN clippings c ON c.id = p.clipping_id WHERE p.id IN (SELECT value FROM json_each(?))`);
  const refs = db.prepare(`
    SELECT p.id, p.clipping_id AS clippingId, c.title AS clippingTitle, p.exact, p.anchor_status AS anchorStatus
    FROM passages p JOIN clippings c ON c.id = p.clipping_id
    WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY c.captured_at, p.start, p.id`);

  return {
    insert: (row: NewPassageRow): void => void insert.run(row),
    row: (id: string): PassageRow | undefined => byId.get(id) as PassageRow | undefined,
    exists: (id: string): boolean => exists.get(id) !== undefined,
    /** Refuses evidence that names a passage deleted since it was chosen (an event's or a relation's). */
    requirePassages(ids: readonly string[], field = 'evidence'): void {
      const gone = ids.find((id) => exists.get(id) === undefined);
      if (gone === undefined) return;
      throw new NotebookError('not_found', `The evidence passage ${gone} no longer exists — it may have been deleted. Remove it from the evidence.`, field);
    },
    remove: (id: string): number => remove.run(id).changes,

    /** Sets the given columns (color, label, comment) and updated_at. */
    update(id: string, columns: Partial<Record<'color' | 'label' | 'comment', string | null>>, updatedAt: string): void {
      const sets = ['updated_at = @updatedAt', ...Object.keys(columns).map((name) => `${name} = @${name}`)];
      db.prepare(`UPDATE passages SET ${sets.join(', ')} WHERE id = @id`).run({ ...columns, updatedAt, id });
    },

    /** A page of the analyst's passages in live clippings: in one clipping in reading order (orphans last), else newest first. */
    page(input: ParsedInputOf<'passages.list'>): { rows: PassageRow[]; total: number } {
      // Mentions (accepted suggestions) are not the analyst's passages: never listed.
      const where: string[] = ['c.trashed_at IS NULL', 'p.is_mention = 0'];
      const params: Record<string, unknown> = {};
      if (input.clippingId !== undefined) {
        where.push('p.clipping_id = @clippingId');
        params.clippingId = input.clippingId;
      }
      if (input.color !== undefined) {
        where.push('p.color = @color');
        params.color = input.color;
      }
      if (input.label !== undefined) {
        where.push('p.label = @label COLLATE NOCASE');
        params.label = input.label;
      }
      if (input.entityId !== undefined) {
        where.push('EXISTS (SELECT 1 FROM passage_entities pe WHERE pe.passage_id = p.id AND pe.entity_id = @entityId)');
        params.entityId = input.entityId;
      }
      const order = input.clippingId !== undefined ? 'p.start IS NULL, p.start, p.id' : 'p.created_at DESC, p.id';
      const clause = where.join(' AND ');
      const total = db.prepare(`SELECT count(*) FROM passages p JOIN clippings c ON c.id = p.clipping_id WHERE ${clause}`).pluck().get(params) as number;
      const rows = db.prepare(`${SELECT} WHERE ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({
        ...params,
        limit: input.limit,
        offset: input.offset,
      }) as PassageRow[];
      return { rows, total };
    },

    /** The analyst's passage of a clipping over exactly start..end (not a mention), if one was marked already. */
    idAt: (clippingId: string, start: number, end: number): string | null => (atSpan.get(clippingId, start, end) as string | undefined) ?? null,
    idsOfClipping: (clippingId: string): string[] => ofClipping.all(clippingId) as string[],
    labelFacets: (): FacetValue[] => labelFacets.all() as FacetValue[],
    /** The passages among `ids` that still exist, with their clippings as they are now. */
    cited: (ids: readonly string[]): CitedRow[] => cited.all(JSON.stringify(ids)) as CitedRow[],
    /** The passages among `ids` as refs, in the order of their clippings' capture and their place in them. */
    refs: (ids: readonly string[]): PassageRef[] => refs.all(JSON.stringify(ids)) as PassageRef[],
  };
}

function createPassageLinks(db: Database.Database) {
  const link = db.prepare('INSERT OR IGNORE INTO passage_entities (passage_id, entity_id) VALUES (?, ?)');
  const unlink = db.prepare('DELETE FROM passage_entities WHERE passage_id = ? AND entity_id = ?');
  const linksOf = db.prepare(`
    SELECT passage_id AS passageId, entity_id AS entityId FROM passage_entities WHERE passage_id IN (SELECT value FROM json_each(?))`);
  const linkedTo = db.prepare('SELECT passage_id FROM passage_entities WHERE entity_id = ?').pluck();
  const countLinkedTo = db
    .prepare('SELECT count(*) FROM passage_entities pe JOIN passages p ON p.id = pe.passage_id WHERE pe.entity_id = ? AND p.is_mention = 0')
    .pluck();
  const gradesLinkedTo = db.prepare(`
    SELECT min(c.reliability) AS reliability, min(c.credibility) AS credibility FROM passage_entities pe
    JOIN passages p ON p.id = pe.passage_id JOIN clippings c ON c.id = p.clipping_id
    WHERE pe.entity_id = ? AND c.trashed_at IS NULL`);

  return {
    /** Links a passage to a card; false when they were linked already. */
    link: (passageId: string, entityId: string): boolean => link.run(passageId, entityId).changes > 0,
    unlink: (passageId: string, entityId: string): void => void unlink.run(passageId, entityId),
    /** The card links of the passages among `ids`. */
    linksOf: (ids: readonly string[]) => linksOf.all(JSON.stringify(ids)) as Array<{ passageId: string; entityId: string }>,
    /** The passages linked to a card. */
    linkedTo: (entityId: string): string[] => linkedTo.all(entityId) as string[],
    countLinkedTo: (entityId: string): number => countLinkedTo.get(entityId) as number,
    /** The best grade of the live clippings a card's passages come from (both null when none). */
    gradesLinkedTo: (entityId: string) => gradesLinkedTo.get(entityId) as { reliability: Reliability | null; credibility: Credibility | null },
  };
}
