// The present state of cited passages, so a citation in the editor can say when its passage was
// deleted, lost its place in a changed text (orphaned), or went to the Trash with its clipping.
// Quotes are shortened as citations show them (shortenQuote), which also bounds the answer's size.
import type Database from 'better-sqlite3';
import type { CitationState } from '../../../shared/domain';
import type { Credibility, Reliability } from '../../../shared/grading';
import { citationGrade } from '../../../shared/notes/citation-grade';
import { shortenQuote } from '../../../shared/notes/note-format';

interface CitedRow {
  id: string;
  exact: string;
  anchor_status: string;
  clipping_id: string;
  title: string;
  outlet: string | null;
  published_at: string | null;
  reliability: Reliability | null;
  credibility: Credibility | null;
  trashed_at: string | null;
}

export function createPassageCitations(db: Database.Database) {
  const rows = db.prepare(`
    SELECT p.id, p.exact, p.anchor_status, p.clipping_id, c.title, c.outlet, c.published_at, c.reliability, c.credibility, c.trashed_at
    FROM passages p JOIN clippings c ON c.id = p.clipping_id WHERE p.id IN (SELECT value FROM json_each(?))`);

  return function citationStates(ids: readonly string[]): CitationState[] {
    const found = new Map((rows.all(JSON.stringify(ids)) as CitedRow[]).map((row) => [row.id, row]));
    return ids.map((passageId): CitationState => {
      const row = found.get(passageId);
      if (!row) return { passageId, status: 'deleted', quote: null, clippingId: null, clippingTitle: null, outlet: null, publishedAt: null, grade: null };
      return {
        passageId,
        status: row.trashed_at !== null ? 'trashed' : row.anchor_status === 'orphaned' ? 'orphaned' : 'ok',
        quote: shortenQuote(row.exact),
        clippingId: row.clipping_id,
        clippingTitle: row.title,
        outlet: row.outlet,
        publishedAt: row.published_at,
        grade: citationGrade(row.reliability, row.credibility),
      };
    });
  };
}
