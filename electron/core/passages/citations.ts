// The present state of cited passages, so a citation in the editor can say when its passage was
// deleted, lost its place in a changed text (orphaned), or went to the Trash with its clipping.
// Quotes are shortened as citations show them (shortenQuote), which also bounds the answer's size.
import type { CitationState } from '../../../shared/domain';
import { citationGrade } from '../../../shared/notes/citation-grade';
import { shortenQuote } from '../../../shared/notes/note-format';
import type { PassagesStore } from './store';

export function createCitationStates(passages: PassagesStore) {
  return function citationStates(ids: readonly string[]): CitationState[] {
    const found = new Map(passages.cited(ids).map((row) => [row.id, row]));
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
