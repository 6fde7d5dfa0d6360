// The panel's passages, newest first, a page at a time, filtered by the words typed (each word in the
// quote, label, comment or clipping title) among those loaded.
import { useMemo } from 'react';
import type { Passage } from '../../../../../../shared/domain';
import { api } from '../../../../api/client';
import { usePagedList } from '../../../../api/usePagedList';

export const FINDER_PAGE_SIZE = 100;

export interface PassageFinderState {
  /** The loaded passages that have the words; null until the first page arrives. */
  passages: Passage[] | null;
  /** How many passages the library holds; null until known. */
  total: number | null;
  /** How many are loaded (and so searched). */
  loaded: number;
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  loadMore: () => void;
}

export function usePassageFinder(filter: string): PassageFinderState {
  const pages = usePagedList('newest', (offset, limit) => api.call('passages.list', { offset, limit }), {
    pageSize: FINDER_PAGE_SIZE,
    failure: 'The passages could not be listed',
  });
  const { items, total } = pages;
  const passages = useMemo(() => {
    if (total === null) return null;
    const words = filter.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
    if (words.length === 0) return items;
    return items.filter((p) => {
      const text = [p.exact, p.label, p.comment, p.clippingTitle].join(' ').toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    });
  }, [items, total, filter]);
  return { passages, total, loaded: items.length, loading: pages.loading, error: pages.error, hasMore: pages.hasMore, loadMore: pages.loadMore };
}
