// The timeline as one query: live events (their span over all datings) and dated relations (their
// partial date's days) as items, filtered, in time order and paged, with the total. Spans and
// filters are computed by SQLite on indexed columns, so a page costs one query at 10,000 events;
// only the page's items are then read in full.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import { RELATION_TYPE_LABELS, type EntityRef } from '../../../shared/domain';
import type { TimelineItemKind } from '../../../shared/timeline/types';

export type TimelineFilterInput = ParsedInputOf<'events.list'>['filter'];

/** A filter with its dates as days: `from` its first day, `to` its last. */
export interface DayFilter extends Omit<TimelineFilterInput, 'from' | 'to'> {
  fromDay?: string | undefined;
  toDay?: string | undefined;
}

export interface ItemKey {
  id: string;
  kind: TimelineItemKind;
}

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** A relation's type as the timeline shows it: the label of its type, or its own for `other`. */
const RELATION_TYPE_SQL = `CASE r.type ${Object.entries(RELATION_TYPE_LABELS)
  .filter(([type]) => type !== 'other')
  .map(([type, label]) => `WHEN ${quote(type)} THEN ${quote(label)}`)
  .join(' ')} ELSE coalesce(r.label, 'other') END`;

/** "B2", "B–", "–3", '' as formatGrade writes them. */
const GRADE_SQL = `CASE WHEN c.reliability IS NULL AND c.credibility IS NULL THEN '' ELSE coalesce(c.reliability, '–') || coalesce(c.credibility, '–') END`;

// A partial date's first and last day: 2014 → 2014-01-01 … 2014-12-31.
const RELATION_FIRST_DAY = `CASE length(r.date) WHEN 4 THEN r.date || '-01-01' WHEN 7 THEN r.date || '-01' ELSE r.date END`;
const RELATION_LAST_DAY = `CASE length(r.date) WHEN 4 THEN r.date || '-12-31' WHEN 7 THEN date(r.date || '-01', '+1 month', '-1 day') ELSE r.date END`;

// An event's span is kept on its row (events.dated, start_day, end_day: NULL for an open end, which
// is unbounded, so an open start sorts first and an open end last).
const ITEMS = `
WITH items AS (
  SELECT e.id, 'event' AS kind, e.dated, e.start_day, e.end_day, e.type, e.place_id AS card_a, NULL AS card_b, e.created_at
  FROM events e WHERE e.deleted_at IS NULL
  UNION ALL
  SELECT r.id, 'relation', 1, ${RELATION_FIRST_DAY}, ${RELATION_LAST_DAY}, ${RELATION_TYPE_SQL}, r.source_id, r.target_id, r.created_at
  FROM relations r WHERE r.date IS NOT NULL AND @includeRelations
)`;

/** The first (ASC) or last (DESC) day a dating of a live event names in `column`: a walk along that column's index. */
const edgeDatingDay = (column: 'earliest' | 'latest', order: 'ASC' | 'DESC') => `
  (SELECT d.${column} FROM event_datings d WHERE d.${column} IS NOT NULL
    AND EXISTS (SELECT 1 FROM events e WHERE e.id = d.event_id AND e.deleted_at IS NULL) ORDER BY d.${column} ${order} LIMIT 1)`;

/**
 * The first and last day any dating of a live event or any dated relation names. An open start
 * names only its last day and an open end only its first, so both columns count at each edge.
 */
const EDGE_DAYS = `SELECT
  (SELECT min(day) FROM (SELECT ${edgeDatingDay('earliest', 'ASC')} AS day UNION ALL SELECT ${edgeDatingDay('latest', 'ASC')}
    UNION ALL SELECT min(${RELATION_FIRST_DAY}) FROM relations r WHERE r.date IS NOT NULL)) AS earliest,
  (SELECT max(day) FROM (SELECT ${edgeDatingDay('latest', 'DESC')} AS day UNION ALL SELECT ${edgeDatingDay('earliest', 'DESC')}
    UNION ALL SELECT max(${RELATION_LAST_DAY}) FROM relations r WHERE r.date IS NOT NULL)) AS latest`;

const GRADED_EVIDENCE = (table: string, owner: string) => `
  SELECT ${GRADE_SQL} AS grade FROM ${table} x JOIN passages p ON p.id = x.passage_id JOIN clippings c ON c.id = p.clipping_id
  WHERE x.${owner} = items.id`;

function whereOf(filter: DayFilter): { clause: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = { includeRelations: filter.includeRelations === false ? 0 : 1 };
  if (filter.fromDay !== undefined) {
    where.push('(NOT dated OR end_day IS NULL OR end_day >= @fromDay)');
    params.fromDay = filter.fromDay;
  }
  if (filter.toDay !== undefined) {
    where.push('(NOT dated OR start_day IS NULL OR start_day <= @toDay)');
    params.toDay = filter.toDay;
  }
  if (filter.dated !== undefined) where.push(filter.dated ? 'dated' : 'NOT dated');
  if (filter.entityIds !== undefined) {
    where.push(`(card_a IN (SELECT value FROM json_each(@entityIds)) OR card_b IN (SELECT value FROM json_each(@entityIds))
      OR (kind = 'event' AND EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = items.id AND ep.entity_id IN (SELECT value FROM json_each(@entityIds)))))`);
    params.entityIds = JSON.stringify(filter.entityIds);
  }
  if (filter.tags !== undefined) {
    where.push(`(kind = 'event' AND EXISTS (SELECT 1 FROM event_tags et JOIN tags t ON t.id = et.tag_id
      WHERE et.event_id = items.id AND lower(t.name) IN (SELECT lower(value) FROM json_each(@tags))))`);
    params.tags = JSON.stringify(filter.tags);
  }
  if (filter.types !== undefined) {
    where.push('lower(type) IN (SELECT lower(value) FROM json_each(@types))');
    params.types = JSON.stringify(filter.types);
  }
  if (filter.grades !== undefined) where.push(gradeClause(filter.grades, params));
  return { clause: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Items with an evidence passage of one of the grades; "ungraded": items with no graded evidence. */
function gradeClause(grades: readonly string[], params: Record<string, unknown>): string {
  const named = grades.filter((grade) => grade.toLowerCase() !== 'ungraded').map((grade) => grade.toUpperCase().replace(/-/g, '–'));
  params.grades = JSON.stringify(named);
  const parts = [
    `CASE kind WHEN 'event' THEN EXISTS (${GRADED_EVIDENCE('event_evidence', 'event_id')} AND grade IN (SELECT value FROM json_each(@grades)))
      ELSE EXISTS (${GRADED_EVIDENCE('relation_evidence', 'relation_id')} AND grade IN (SELECT value FROM json_each(@grades))) END`,
  ];
  if (named.length < grades.length) {
    parts.push(`CASE kind WHEN 'event' THEN NOT EXISTS (${GRADED_EVIDENCE('event_evidence', 'event_id')} AND grade <> '')
      ELSE NOT EXISTS (${GRADED_EVIDENCE('relation_evidence', 'relation_id')} AND grade <> '') END`);
  }
  return `(${parts.join(' OR ')})`;
}

export function createTimelineQueries(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  const facetTypes = db.prepare(`
    SELECT min(value) AS value, sum(n) AS count FROM (
      SELECT min(type) AS value, count(*) AS n FROM events WHERE deleted_at IS NULL AND type IS NOT NULL AND type <> '' GROUP BY lower(type)
      UNION ALL SELECT min(${RELATION_TYPE_SQL}), count(*) FROM relations r WHERE r.date IS NOT NULL GROUP BY lower(${RELATION_TYPE_SQL}))
    GROUP BY lower(value) ORDER BY value COLLATE NOCASE`);
  const facetTags = db.prepare(`
    SELECT min(t.name) AS value, count(*) AS count FROM event_tags et JOIN tags t ON t.id = et.tag_id JOIN events e ON e.id = et.event_id
    WHERE e.deleted_at IS NULL GROUP BY t.id ORDER BY value COLLATE NOCASE`);
  // How many events and dated relations each live card is in: a place that is also a participant counts once.
  // Participations are counted off their index and those of deleted events (few, found by one pass
  // over events) taken away: joining every participation to its event cost four times as much.
  const facetCards = db.prepare(`
    SELECT en.id, en.type, en.name, sum(n) AS count FROM (
      SELECT entity_id AS card, count(*) AS n FROM event_participants GROUP BY entity_id
      UNION ALL SELECT ep.entity_id, -count(*) FROM events e CROSS JOIN event_participants ep ON ep.event_id = e.id
        WHERE e.deleted_at IS NOT NULL GROUP BY ep.entity_id
      UNION ALL SELECT place_id, count(*) FROM events e WHERE deleted_at IS NULL AND place_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = e.id AND ep.entity_id = e.place_id) GROUP BY place_id
      UNION ALL SELECT source_id, count(*) FROM relations WHERE date IS NOT NULL GROUP BY source_id
      UNION ALL SELECT target_id, count(*) FROM relations WHERE date IS NOT NULL GROUP BY target_id) involved
    JOIN entities en ON en.id = involved.card AND en.merged_into IS NULL
    GROUP BY en.id HAVING sum(n) > 0 ORDER BY en.name COLLATE NOCASE, en.id`);
  const facetDays = db.prepare(EDGE_DAYS);
  const undated = db.prepare('SELECT count(*) FROM events WHERE deleted_at IS NULL AND NOT dated').pluck();

  return {
    /** One page of the filter's items in time order (undated last), and how many match in all. */
    page(filter: DayFilter, offset: number, limit: number): { keys: ItemKey[]; total: number } {
      const { clause, params } = whereOf(filter);
      const rows = prepared(`${ITEMS} SELECT id, kind, count(*) OVER () AS total FROM items ${clause}
        ORDER BY NOT dated, start_day IS NOT NULL, start_day, end_day IS NULL, end_day, created_at, id LIMIT @limit OFFSET @offset`).all({
        ...params,
        limit,
        offset,
      }) as Array<ItemKey & { total: number }>;
      const total = rows[0]?.total ?? (offset > 0 ? (prepared(`${ITEMS} SELECT count(*) FROM items ${clause}`).pluck().get(params) as number) : 0);
      return { keys: rows.map(({ id, kind }) => ({ id, kind })), total };
    },
    facets() {
      const days = facetDays.get() as { earliest: string | null; latest: string | null };
      return {
        types: facetTypes.all() as Array<{ value: string; count: number }>,
        tags: facetTags.all() as Array<{ value: string; count: number }>,
        participants: facetCards.all() as Array<EntityRef & { count: number }>,
        ...days,
        undated: undated.get() as number,
      };
    },
  };
}
