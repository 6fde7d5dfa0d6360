// Reading clippings out of SQLite into the contract's shapes.
import type Database from 'better-sqlite3';
import type { Clipping, ClippingSummary } from '../../../shared/domain';
import type { Credibility, Reliability } from '../../../shared/grading';
import { excerptOf } from '../../../shared/text';

/** The columns every summary needs; `text` is only its first 400 characters. */
export const SUMMARY_COLUMNS = `
  c.id, c.title, c.outlet, c.byline, c.published_at, c.url, c.lang, c.captured_at, c.word_count,
  c.reliability, c.credibility, c.sha256, c.source_name, c.trashed_at,
  c.near_duplicate_of, d.title AS near_duplicate_title, substr(c.text, 1, 400) AS text`;
export const SUMMARY_FROM = 'FROM clippings c LEFT JOIN clippings d ON d.id = c.near_duplicate_of';

export interface SummaryRow {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  published_at: string | null;
  url: string | null;
  lang: string | null;
  captured_at: string;
  word_count: number;
  reliability: string | null;
  credibility: number | null;
  sha256: string;
  source_name: string | null;
  trashed_at: string | null;
  near_duplicate_of: string | null;
  near_duplicate_title: string | null;
  text: string;
}

export interface FullRow extends SummaryRow {
  html: string | null;
  page_starts: string | null;
  importer: string;
  importer_version: string;
}

export function createTagReader(db: Database.Database) {
  const tagsFor = db.prepare(`
    SELECT ct.clipping_id AS id, t.name FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id
    WHERE ct.clipping_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`);
  /** Tag names per clipping id, for a page of rows in one query. */
  return (ids: readonly string[]): Map<string, string[]> => {
    const byId = new Map<string, string[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byId;
    for (const row of tagsFor.all(JSON.stringify(ids)) as Array<{ id: string; name: string }>) byId.get(row.id)?.push(row.name);
    return byId;
  };
}

export function toSummary(row: SummaryRow, tags: string[]): ClippingSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    publishedAt: row.published_at,
    url: row.url,
    lang: row.lang,
    capturedAt: row.captured_at,
    excerpt: excerptOf(row.text),
    wordCount: row.word_count,
    reliability: row.reliability as Reliability | null,
    credibility: row.credibility as Credibility | null,
    tags,
    sha256: row.sha256,
    sourceName: row.source_name,
    nearDuplicateOf:
      row.near_duplicate_of === null ? null : { id: row.near_duplicate_of, title: row.near_duplicate_title ?? row.near_duplicate_of },
    trashedAt: row.trashed_at,
  };
}

export function toClipping(row: FullRow, tags: string[]): Clipping {
  return {
    ...toSummary(row, tags),
    text: row.text,
    html: row.html,
    pageStarts: row.page_starts === null ? null : (JSON.parse(row.page_starts) as number[]),
    importer: row.importer,
    importerVersion: row.importer_version,
  };
}
