// Every passage matching the filter, newest first, a page at a time ("Load more"). A change to the
// library reloads as many as are shown, so the reader keeps their place in a long list.
import type { Passage } from '../../../../shared/domain';
import { api } from '../../api/client';
import { usePagedList, type PagedList } from '../../api/usePagedList';
import { listInput, type PassageFilter } from './passageFilter';

export const PAGE_SIZE = 100;
/** The most passages.list answers in one call. */
const MAX_LIMIT = 500;

export function usePassagePages(filter: PassageFilter, revision: number): PagedList<Passage> {
  return usePagedList(JSON.stringify(filter), (offset, limit) => api.call('passages.list', listInput(filter, offset, limit)), {
    pageSize: PAGE_SIZE,
    maxLimit: MAX_LIMIT,
    refresh: revision,
    failure: 'The passages could not be loaded',
  });
}
