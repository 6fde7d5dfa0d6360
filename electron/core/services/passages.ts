// Passages: marked spans of a clipping's text, stored with both W3C selectors so they can be
// found again when the text changes. An unplaceable passage is kept as orphaned with its quote.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AnchorError, anchor, describeSelection } from '../../../shared/anchoring';
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult, EntityRef, Page, Passage, PassageFacets } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';

interface PassageRow {
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

const SELECT = `SELECT p.*, c.title AS clipping_title FROM passages p JOIN clippings c ON c.id = p.clipping_id`;

export function createPassagesService(db: Database.Database) {
  const clipping = db.prepare('SELECT text FROM clippings WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO passages (id, clipping_id, exact, prefix, suffix, start, end, anchor_status, color, label, comment, created_at, updated_at)
    VALUES (@id, @clippingId, @exact, @prefix, @suffix, @start, @end, 'exact', @color, @label, @comment, @now, @now)`);
  const byId = db.prepare(`${SELECT} WHERE p.id = ?`);
  const remove = db.prepare('DELETE FROM passages WHERE id = ?');
  const ofClipping = db.prepare('SELECT id, exact, prefix, suffix, start, end FROM passages WHERE clipping_id = ?');
  const placeAt = db.prepare('UPDATE passages SET start = ?, end = ?, anchor_status = ? WHERE id = ?');
  const entitiesOf = db.prepare(`
    SELECT pe.passage_id, e.id, e.type, e.name FROM passage_entities pe JOIN entities e ON e.id = pe.entity_id
    WHERE pe.passage_id IN (SELECT value FROM json_each(?)) AND e.merged_into IS NULL ORDER BY e.name COLLATE NOCASE`);
  const atSpan = db.prepare('SELECT id FROM passages WHERE clipping_id = ? AND start = ? AND end = ? ORDER BY created_at, id LIMIT 1');
  const labelFacets = db.prepare(`
    SELECT min(p.label) AS value, count(*) AS count FROM passages p JOIN clippings c ON c.id = p.clipping_id
    WHERE c.trashed_at IS NULL AND p.label IS NOT NULL GROUP BY p.label COLLATE NOCASE ORDER BY value COLLATE NOCASE`);

  function toPassages(rows: PassageRow[]): Passage[] {
    const entities = new Map<string, EntityRef[]>(rows.map((row) => [row.id, []]));
    if (rows.length > 0) {
      for (const link of entitiesOf.all(JSON.stringify(rows.map((row) => row.id))) as Array<EntityRef & { passage_id: string }>) {
        entities.get(link.passage_id)?.push({ id: link.id, type: link.type, name: link.name });
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
      entities: entities.get(row.id) ?? [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }

  function get(id: string): Passage {
    const row = byId.get(id) as PassageRow | undefined;
    if (!row) throw new NotebookError('not_found', `There is no passage with id ${id}.`, 'id');
    return toPassages([row])[0]!;
  }

  return {
    get,

    create(input: ParsedInputOf<'passages.create'>): Passage {
      const row = clipping.get(input.clippingId) as { text: string } | undefined;
      if (!row) throw new NotebookError('not_found', `There is no clipping with id ${input.clippingId}.`, 'clippingId');
      let described;
      try {
        described = describeSelection(row.text, input.start, input.end);
      } catch (error) {
        if (error instanceof AnchorError) throw new NotebookError('invalid_input', error.message, 'end');
        throw error;
      }
      const id = randomUUID();
      insert.run({
        id,
        clippingId: input.clippingId,
        ...described.quote,
        ...described.position,
        color: input.color,
        label: blankToNull(input.label),
        comment: blankToNull(input.comment),
        now: new Date().toISOString(),
      });
      return get(id);
    },

    update(input: ParsedInputOf<'passages.update'>): Passage {
      get(input.id);
      const { color, label, comment } = input.patch;
      const sets: string[] = ["updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"];
      const values: Record<string, unknown> = { id: input.id };
      if (color !== undefined) (sets.push('color = @color'), (values.color = color));
      if (label !== undefined) (sets.push('label = @label'), (values.label = blankToNull(label)));
      if (comment !== undefined) (sets.push('comment = @comment'), (values.comment = blankToNull(comment)));
      db.prepare(`UPDATE passages SET ${sets.join(', ')} WHERE id = @id`).run(values);
      return get(input.id);
    },

    delete(input: ParsedInputOf<'passages.delete'>): BulkResult {
      return { count: remove.run(input.id).changes };
    },

    list(input: ParsedInputOf<'passages.list'>): Page<Passage> {
      const where: string[] = ['c.trashed_at IS NULL'];
      const params: Record<string, unknown> = {};
      if (input.clippingId !== undefined) (where.push('p.clipping_id = @clippingId'), (params.clippingId = input.clippingId));
      if (input.color !== undefined) (where.push('p.color = @color'), (params.color = input.color));
      if (input.label !== undefined) (where.push('p.label = @label COLLATE NOCASE'), (params.label = input.label));
      if (input.entityId !== undefined) {
        where.push('EXISTS (SELECT 1 FROM passage_entities pe WHERE pe.passage_id = p.id AND pe.entity_id = @entityId)');
        params.entityId = input.entityId;
      }
      // In one clipping, reading order (orphans last); across clippings, newest first.
      const order = input.clippingId !== undefined ? 'p.start IS NULL, p.start, p.id' : 'p.created_at DESC, p.id';
      const clause = where.join(' AND ');
      const { total } = db.prepare(`SELECT count(*) AS total FROM passages p JOIN clippings c ON c.id = p.clipping_id WHERE ${clause}`).get(params) as {
        total: number;
      };
      const rows = db.prepare(`${SELECT} WHERE ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({
        ...params,
        limit: input.limit,
        offset: input.offset,
      }) as PassageRow[];
      return { items: toPassages(rows), total, offset: input.offset, limit: input.limit };
    },

    /** The labels passages in live clippings carry (case folded together), with how many have each. */
    facets: (): PassageFacets => ({ labels: labelFacets.all() as PassageFacets['labels'] }),

    /** The passage of a clipping over exactly start..end, if one was marked already. */
    idAt(clippingId: string, start: number, end: number): string | null {
      return (atSpan.get(clippingId, start, end) as { id: string } | undefined)?.id ?? null;
    },

    /** Places every passage of a clipping again in its new text (call inside the text change's transaction). */
    reanchor(clippingId: string, newText: string): void {
      for (const row of ofClipping.all(clippingId) as Array<Pick<PassageRow, 'id' | 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>>) {
        const result = anchor(newText, {
          quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix },
          position: { start: row.start ?? 0, end: row.end ?? 0 },
        });
        if (result.status === 'orphaned') placeAt.run(null, null, 'orphaned', row.id);
        else placeAt.run(result.start, result.end, result.status, row.id);
      }
    },
  };
}

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value.trim();
}
