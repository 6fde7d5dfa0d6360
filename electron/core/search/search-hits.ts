// A ranked row of the search index as a SearchHit: its kind, title and a line of detail from its
// own row, a one-line snippet with highlights, and the first match in its own text (from
// highlight() on the body column, so stemming is respected) for opening it scrolled there.
import type Database from 'better-sqlite3';
import type { SearchKind } from '../../../shared/search/query-syntax';
import type { SearchHit } from '../../../shared/search/types';
import { firstMatch, MATCH_CLOSE, MATCH_OPEN, unmark } from './marked-text';

const SNIPPET_TOKENS = 24;

/** What a ranked row carries to become a hit (FTS5 makes these only for the rows returned). */
export const MARKED_COLUMNS = `kind, item_id,
  snippet(search_index, 3, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', ${SNIPPET_TOKENS}) AS body_snippet,
  snippet(search_index, 4, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', ${SNIPPET_TOKENS}) AS extra_snippet,
  snippet(search_index, 2, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', ${SNIPPET_TOKENS}) AS title_snippet,
  highlight(search_index, 3, '${MATCH_OPEN}', '${MATCH_CLOSE}') AS body_marked`;

export interface MarkedRow {
  kind: SearchKind;
  item_id: string;
  body_snippet: string;
  extra_snippet: string;
  title_snippet: string;
  body_marked: string;
}

interface ItemRow {
  title: string;
  detail: string;
  clippingId: string | null;
}

const ITEM_SQL: Record<SearchKind, string> = {
  clipping: `SELECT title, trim(coalesce(outlet, '') || CASE WHEN outlet IS NOT NULL AND published_at IS NOT NULL THEN ' · ' ELSE '' END || coalesce(published_at, '')) AS detail, id AS clippingId FROM clippings WHERE id = ?`,
  passage: `SELECT CASE WHEN p.label IS NOT NULL AND p.label <> '' THEN p.label ELSE substr(p.exact, 1, 80) END AS title, c.title AS detail, p.clipping_id AS clippingId FROM passages p JOIN clippings c ON c.id = p.clipping_id WHERE p.id = ?`,
  note: `SELECT title, 'Note · edited ' || substr(updated_at, 1, 10) AS detail, NULL AS clippingId FROM notes WHERE id = ?`,
  card: `SELECT name AS title, CASE WHEN type = 'other' AND other_label IS NOT NULL THEN other_label ELSE type END AS detail, NULL AS clippingId FROM entities WHERE id = ?`,
  event: `SELECT title, CASE WHEN dated = 0 THEN 'Event · undated' ELSE 'Event · ' || coalesce(start_day, '…') || CASE WHEN end_day IS NOT start_day THEN ' – ' || coalesce(end_day, '…') ELSE '' END END AS detail, NULL AS clippingId FROM events WHERE id = ?`,
};

export function createSearchHits(db: Database.Database) {
  const items = Object.fromEntries(Object.entries(ITEM_SQL).map(([kind, sql]) => [kind, db.prepare<[string], ItemRow>(sql)])) as Record<
    SearchKind,
    Database.Statement<[string], ItemRow>
  >;

  const plain = db.prepare<[number], { kind: SearchKind; item_id: string; body: string }>(
    `SELECT kind, item_id, substr(CASE WHEN body = '' THEN extra ELSE body END, 1, ${SNIPPET_TOKENS * 12}) AS body FROM search_source WHERE doc = ?`,
  );

  /** The hit of a ranked row, or null if its item is gone. */
  function found(row: MarkedRow, score: number): SearchHit | null {
    const item = items[row.kind].get(row.item_id);
    if (!item) return null;
    const snippetSource = [row.body_snippet, row.extra_snippet, row.title_snippet].find((text) => text.includes(MATCH_OPEN)) ?? row.body_snippet;
    const snippet = unmark(snippetSource, true);
    return {
      kind: row.kind,
      id: row.item_id,
      title: item.title,
      snippet: snippet.text.trim() === '' ? '' : snippet.text,
      highlights: snippet.highlights,
      score,
      match: firstMatch(row.body_marked),
      clippingId: item.clippingId,
      detail: item.detail,
    };
  }

  /** The hit for `doc` listed without words to match (filters only): its text's start as snippet. */
  function listed(doc: number): SearchHit | null {
    const row = plain.get(doc);
    const item = row ? items[row.kind].get(row.item_id) : undefined;
    if (!row || !item) return null;
    const snippet = row.body.replace(/\s+/g, ' ').trim();
    return {
      kind: row.kind,
      id: row.item_id,
      title: item.title,
      snippet,
      highlights: [],
      score: 0,
      match: null,
      clippingId: item.clippingId,
      detail: item.detail,
    };
  }

  return { found, listed };
}
