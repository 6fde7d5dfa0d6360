// Every passage matching the filter, newest first, a page at a time ("Load more"). A change to the
// library reloads as many as are shown, so the reader keeps their place in a long list.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Passage } from '../../../../shared/domain';
import { api } from '../../api/client';
import { listInput, type PassageFilter } from './passageFilter';

export const PAGE_SIZE = 100;
/** The most passages.list answers in one call. */
const MAX_LIMIT = 500;

export interface PassagePages {
  items: Passage[];
  /** null until the first answer. */
  total: number | null;
  loading: boolean;
  error: string | null;
  loadMore: () => void;
  retry: () => void;
}

export function usePassagePages(filter: PassageFilter, revision: number): PassagePages {
  const [items, setItems] = useState<Passage[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const shown = useRef(PAGE_SIZE);
  const request = useRef(0);
  const lastFilter = useRef(filter);

  useEffect(() => {
    // A new filter starts from the top; the same filter after a change keeps as many rows as were shown.
    if (lastFilter.current !== filter) {
      lastFilter.current = filter;
      shown.current = PAGE_SIZE;
    }
    const id = ++request.current;
    const wanted = Math.min(shown.current, MAX_LIMIT * 4);
    setLoading(true);
    void (async () => {
      const collected: Passage[] = [];
      let count = 0;
      for (let offset = 0; offset < wanted; offset += MAX_LIMIT) {
        const result = await api.call('passages.list', listInput(filter, offset, Math.min(MAX_LIMIT, wanted - offset)));
        if (id !== request.current) return;
        if (!result.ok) {
          setError(`The passages could not be loaded: ${result.error.message}`);
          setLoading(false);
          return;
        }
        collected.push(...result.value.items);
        count = result.value.total;
        if (collected.length >= count) break;
      }
      setItems(collected);
      setTotal(count);
      setError(null);
      setLoading(false);
    })();
  }, [filter, revision, attempt]);

  const loadMore = useCallback(() => {
    if (loading || total === null || items.length >= total) return;
    const id = ++request.current;
    setLoading(true);
    void api.call('passages.list', listInput(filter, items.length, PAGE_SIZE)).then((result) => {
      if (id !== request.current) return;
      setLoading(false);
      if (!result.ok) {
        setError(`More passages could not be loaded: ${result.error.message}`);
        return;
      }
      setItems((current) => [...current, ...result.value.items]);
      setTotal(result.value.total);
      shown.current = items.length + result.value.items.length;
    });
  }, [filter, items.length, loading, total]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { items, total, loading, error, loadMore, retry };
}
