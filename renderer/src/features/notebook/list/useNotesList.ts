// The Notes list for the current search and filters, and the folders and tags to filter by (from
// every note, so a filter never hides the other choices). The latest request wins.
import { useEffect, useRef, useState } from 'react';
import type { NoteSummary } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { noteFacets, type NoteFacets } from './noteFacets';

export type NoteSort = 'updated' | 'title';

export interface NoteListFilters {
  query: string;
  sort: NoteSort;
  folder: string | null;
  tag: string | null;
}

export interface NotesList {
  notes: NoteSummary[];
  /** How many notes match (the list shows the first LIST_LIMIT). */
  total: number;
  /** How many notes the library holds; null until known. */
  libraryTotal: number | null;
  facets: NoteFacets;
  error: string | null;
}

export const LIST_LIMIT = 500;

export function useNotesList(filters: NoteListFilters, refresh: number): NotesList {
  const [state, setState] = useState<NotesList>({ notes: [], total: 0, libraryTotal: null, facets: { folders: [], tags: [] }, error: null });
  const request = useRef(0);
  const { query, sort, folder, tag } = filters;

  useEffect(() => {
    const ticket = ++request.current;
    const trimmed = query.trim();
    void Promise.all([
      api.call('notes.list', { limit: LIST_LIMIT, sort, ...(trimmed ? { query: trimmed } : {}), ...(folder ? { folder } : {}), ...(tag ? { tag } : {}) }),
      api.call('notes.list', { limit: LIST_LIMIT, sort: 'updated' }),
    ]).then(([shown, all]) => {
      if (ticket !== request.current) return;
      if (!shown.ok || !all.ok) {
        const error = !shown.ok ? shown.error.message : !all.ok ? all.error.message : '';
        setState((prev) => ({ ...prev, error }));
        return;
      }
      setState({
        notes: shown.value.items,
        total: shown.value.total,
        libraryTotal: all.value.total,
        facets: noteFacets(all.value.items),
        error: null,
      });
    });
  }, [query, sort, folder, tag, refresh]);

  return state;
}
