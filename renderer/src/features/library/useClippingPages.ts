import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { ClippingPageCache, type ListQuery } from './clippingPageCache';

/**
 * One cache per query (sort, filter, Library or Trash); a new library revision refreshes the
 * rows on screen in place. `version` changes whenever rows arrive, so the table re-renders.
 */
export function useClippingPages(query: ListQuery, revision: number): { cache: ClippingPageCache; version: number } {
  const key = JSON.stringify(query);
  const [version, setVersion] = useState(0);
  const cache = useMemo(
    () =>
      new ClippingPageCache(
        JSON.parse(key) as ListQuery,
        (input) => api.call('clippings.list', input),
        () => setVersion((v) => v + 1),
        revision,
      ),
    // Keyed by the query's text: a new cache only when the query really changes (the revision
    // and the initial revision are deliberately not keys; revisions refresh the same cache below).
    [key],
  );
  useEffect(() => {
    if (cache.revision !== revision) {
      cache.revision = revision;
      cache.invalidate();
    } else if (cache.total === null) cache.start();
  }, [cache, revision]);
  return { cache, version };
}
