// The card list: pages of entities.list by name, or entities.find's best matches while there is a query.
// The old rows stay on screen until the new ones arrive, so the list never blinks empty.
import type { EntitySummary, EntityType } from '../../../../shared/domain';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePagedList } from '../../api/usePagedList';

const PAGE_SIZE = 200;
/** The most entities.list gives in one call. */
const MAX_LIMIT = 500;
/** How many of entities.find's best matches are shown. */
const FOUND_LIMIT = 100;
/** How long typing may pause before the core is asked. */
const FIND_DELAY_MS = 150;

export interface EntityListState {
  items: EntitySummary[];
  /** How many cards match (all pages); for a search, how many were found. */
  total: number;
  /** Cards in the library whatever the filter: 0 shows the empty place. Null until known. */
  libraryTotal: number | null;
  loading: boolean;
  error: string | null;
  loadMore: () => void;
}

const NOTHING_MORE = () => {};

export function useEntityList(query: string, type: EntityType | null, revision: number): EntityListState {
  const trimmed = query.trim();
  const library = useCall('entities.list', { offset: 0, limit: 1 }, { refresh: revision });
  const pages = usePagedList(`${type ?? 'all'}`, (offset, limit) => api.call('entities.list', { offset, limit, ...(type ? { type } : {}) }), {
    pageSize: PAGE_SIZE,
    maxLimit: MAX_LIMIT,
    refresh: revision,
    failure: 'Could not list the cards',
  });
  const found = useCall('entities.find', trimmed === '' ? null : { query: trimmed, limit: FOUND_LIMIT }, {
    delayMs: FIND_DELAY_MS,
    refresh: revision,
    failure: 'Could not search the cards',
  });
  const libraryTotal = library.value?.total ?? null;

  if (trimmed === '')
    return { items: pages.items, total: pages.total ?? 0, libraryTotal, loading: pages.loading, error: pages.error, loadMore: pages.loadMore };
  // Until the first matches arrive, the list stays as it was.
  if (found.value === null) return { items: pages.items, total: pages.total ?? 0, libraryTotal, loading: true, error: found.error, loadMore: NOTHING_MORE };
  // find has no type filter; its best matches are filtered here.
  const items = type ? found.value.filter((entity) => entity.type === type) : found.value;
  return { items, total: items.length, libraryTotal, loading: found.loading, error: found.error, loadMore: NOTHING_MORE };
}
