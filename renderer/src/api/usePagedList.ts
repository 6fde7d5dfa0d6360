// The one paged list: the first page for a query, "Load more" for the next, and a refresh that
// reloads as many rows as are shown (so a change elsewhere never throws the reader back to the top).
// The latest request wins; a page that no longer follows on is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../../shared/domain';
import type { ApiResult } from '../../../shared/errors';
import { describeFailure } from './useCall';

export type PageFetcher<T> = (offset: number, limit: number) => Promise<ApiResult<Page<T>>>;

export interface PagedList<T> {
  items: T[];
  /** How many match in all; null until the first answer. */
  total: number | null;
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
}

export interface PagedListOptions {
  /** Rows asked per page. */
  pageSize: number;
  /** The most one call may ask for (the contract's limit). */
  maxLimit?: number;
  /** Any change reloads the rows shown, keeping their count. */
  refresh?: unknown;
  /** Says what could not be loaded, before the core's message. */
  failure?: string;
}

/** `queryKey` names the query: a new key starts again from the top. `fetchPage` is read at call time. */
export function usePagedList<T>(queryKey: string, fetchPage: PageFetcher<T>, options: PagedListOptions): PagedList<T> {
  const { pageSize, maxLimit = pageSize, refresh, failure } = options;
  const [state, setState] = useState<{ items: T[]; total: number | null; loading: boolean; error: string | null }>({
    items: [],
    total: null,
    loading: true,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;
  const latest = useRef(0);
  const shown = useRef(pageSize);
  const lastKey = useRef(queryKey);

  useEffect(() => {
    if (lastKey.current !== queryKey) {
      lastKey.current = queryKey;
      shown.current = pageSize;
    }
    const ticket = ++latest.current;
    const wanted = Math.max(shown.current, pageSize);
    setState((previous) => ({ ...previous, loading: true }));
    void (async () => {
      const collected: T[] = [];
      let total = 0;
      for (let offset = 0; offset < wanted; offset += maxLimit) {
        const result = await fetcher.current(offset, Math.min(maxLimit, wanted - offset));
        if (ticket !== latest.current) return;
        if (!result.ok) {
          setState((previous) => ({ ...previous, loading: false, error: describeFailure(failure, result.error.message) }));
          return;
        }
        collected.push(...result.value.items);
        total = result.value.total;
        if (collected.length >= total || result.value.items.length === 0) break;
      }
      setState({ items: collected, total, loading: false, error: null });
    })();
    return () => {
      latest.current++;
    };
  }, [queryKey, refresh, attempt, pageSize, maxLimit, failure]);

  const { items, total, loading } = state;
  const loadMore = useCallback(() => {
    if (loading || total === null || items.length >= total) return;
    const ticket = ++latest.current;
    const offset = items.length;
    setState((previous) => ({ ...previous, loading: true }));
    void fetcher.current(offset, Math.min(pageSize, maxLimit)).then((result) => {
      if (ticket !== latest.current) return;
      if (!result.ok) {
        setState((previous) => ({ ...previous, loading: false, error: describeFailure(failure, result.error.message) }));
        return;
      }
      setState((previous) => {
        // The library changed under the list: the refresh that follows replaces it.
        if (previous.items.length !== offset) return { ...previous, loading: false };
        const next = [...previous.items, ...result.value.items];
        shown.current = next.length;
        return { items: next, total: result.value.total, loading: false, error: null };
      });
    });
  }, [items.length, loading, total, pageSize, maxLimit, failure]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, hasMore: total !== null && items.length < total, loadMore, retry };
}
