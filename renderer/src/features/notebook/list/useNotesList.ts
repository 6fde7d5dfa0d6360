// The Notes list for the current search and filters, a page at a time, with the counts and the
// folders and tags to filter by from the core (every note's, so a filter never hides the other choices).
import type { NoteFacets, NoteSummary } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { useCall } from '../../../api/useCall';
import { usePagedList } from '../../../api/usePagedList';

export type NoteSort = 'updated' | 'title';

export interface NoteListFilters {
  query: string;
  sort: NoteSort;
  folder: string | null;
  tag: string | null;
}

export interface NotesList {
  notes: NoteSummary[];
  /** How many notes match (all pages); null until known. */
  total: number | null;
  /** How many notes the library holds; null until known. */
  libraryTotal: number | null;
  facets: NoteFacets;
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  loadMore: () => void;
}

export const PAGE_SIZE = 100;
/** The most notes.list gives in one call. */
const MAX_LIMIT = 500;
const NO_FACETS: NoteFacets = { folders: [], tags: [] };

/** `refresh` changes after every change to a note, so the counts and rows follow. */
export function useNotesList(filters: NoteListFilters, refresh: number): NotesList {
  const { query, sort, folder, tag } = filters;
  const trimmed = query.trim();
  const input = { sort, ...(trimmed ? { query: trimmed } : {}), ...(folder ? { folder } : {}), ...(tag ? { tag } : {}) };
  const pages = usePagedList(JSON.stringify(input), (offset, limit) => api.call('notes.list', { ...input, offset, limit }), {
    pageSize: PAGE_SIZE,
    maxLimit: MAX_LIMIT,
    refresh,
    failure: 'The notes could not be listed',
  });
  const library = useCall('notes.list', { limit: 1 }, { refresh });
  const facets = useCall('notes.facets', {}, { refresh });
  return {
    notes: pages.items,
    total: pages.total,
    libraryTotal: library.value?.total ?? null,
    facets: facets.value ?? NO_FACETS,
    loading: pages.loading,
    error: pages.error ?? library.error ?? facets.error,
    hasMore: pages.hasMore,
    loadMore: pages.loadMore,
  };
}
