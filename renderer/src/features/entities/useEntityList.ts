import { useCallback, useEffect, useState } from 'react';
import type { EntitySummary, EntityType } from '../../../../shared/domain';
import { api } from '../../api/client';

const PAGE_SIZE = 200;
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

/**
 * The card list: pages of entities.list by name, or entities.find's best matches while there is a query.
 * The old items stay on screen until the new ones arrive, so the list never blinks empty.
 */
export function useEntityList(query: string, type: EntityType | null, revision: number): EntityListState {
  const [items, setItems] = useState<EntitySummary[]>([]);
  const [total, setTotal] = useState(0);
  const [libraryTotal, setLibraryTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const trimmed = query.trim();

  useEffect(() => {
    let stale = false;
    void api.call('entities.list', { offset: 0, limit: 1 }).then((result) => {
      if (!stale && result.ok) setLibraryTotal(result.value.total);
    });
    return () => {
      stale = true;
    };
  }, [revision]);

  useEffect(() => {
    let stale = false;
    setLoading(true);
    const timer = window.setTimeout(
      async () => {
        if (trimmed === '') {
          const result = await api.call('entities.list', { offset: 0, limit: PAGE_SIZE, ...(type ? { type } : {}) });
          if (stale) return;
          if (result.ok) {
            setItems(result.value.items);
            setTotal(result.value.total);
            setError(null);
          } else setError(`Could not list the cards: ${result.error.message}`);
        } else {
          // find has no type filter; its best 100 matches are filtered here.
          const result = await api.call('entities.find', { query: trimmed, limit: 100 });
          if (stale) return;
          if (result.ok) {
            const found = type ? result.value.filter((entity) => entity.type === type) : result.value;
            setItems(found);
            setTotal(found.length);
            setError(null);
          } else setError(`Could not search the cards: ${result.error.message}`);
        }
        setLoading(false);
      },
      trimmed === '' ? 0 : FIND_DELAY_MS,
    );
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [trimmed, type, revision]);

  const loadMore = useCallback(() => {
    if (trimmed !== '' || loading || items.length >= total) return;
    setLoading(true);
    void api.call('entities.list', { offset: items.length, limit: PAGE_SIZE, ...(type ? { type } : {}) }).then((result) => {
      setLoading(false);
      if (!result.ok) return setError(`Could not list more cards: ${result.error.message}`);
      // A page that no longer follows on (the library changed meanwhile) is dropped; the revision reload replaces it.
      if (result.value.offset !== items.length) return;
      setItems((current) => [...current, ...result.value.items]);
      setTotal(result.value.total);
    });
  }, [trimmed, loading, items.length, total, type]);

  return { items, total, libraryTotal, loading, error, loadMore };
}
