// The Library's search: the query as typed (asked for a moment after the typing stops), its first
// page of results, and the further pages of each kind asked for with "Show more".
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchKind } from '../../../../shared/search/query-syntax';
import type { SearchHit, SearchResults } from '../../../../shared/search/types';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { groupHits, shownOf } from './searchGroups';

/** Typing pauses this long before the core is asked. */
export const SEARCH_DELAY_MS = 200;
export const SEARCH_PAGE = 20;
const NO_HITS: SearchHit[] = [];

export function useSearch(query: string, revision: number) {
  const asked = query.trim();
  const first = useCall('search.query', asked === '' ? null : { query: asked, offset: 0, limit: SEARCH_PAGE }, {
    delayMs: SEARCH_DELAY_MS,
    refresh: revision,
    failure: 'The search could not be run',
  });
  // Further pages, per query: a new query starts with none.
  const [more, setMore] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const [moreError, setMoreError] = useState<string | null>(null);
  const [loadingKind, setLoadingKind] = useState<SearchKind | null>(null);
  const current = useRef(asked);
  current.current = asked;
  useEffect(() => {
    setMoreError(null);
    setLoadingKind(null);
  }, [asked]);

  const results: SearchResults | null = first.value;
  const extra = more.query === asked ? more.hits : NO_HITS;
  const groups = useMemo(() => (results ? groupHits([...results.hits, ...extra], results.counts) : []), [results, extra]);

  const showMore = useCallback(
    async (kind: SearchKind) => {
      const forQuery = current.current;
      setLoadingKind(kind);
      const answer = await api.call('search.query', { query: forQuery, kind, offset: shownOf(groups, kind), limit: SEARCH_PAGE });
      // An answer for a query no longer in the box is dropped.
      if (current.current !== forQuery) return;
      setLoadingKind(null);
      if (!answer.ok) {
        setMoreError(`More results could not be loaded: ${answer.error.message}`);
        return;
      }
      setMoreError(null);
      setMore((previous) => ({ query: forQuery, hits: [...(previous.query === forQuery ? previous.hits : []), ...answer.value.hits] }));
    },
    [groups],
  );

  return {
    results,
    groups,
    /** The shown results answer an older query (the newest is on its way). */
    stale: first.loading,
    error: first.error ?? moreError,
    loadingKind,
    showMore,
  };
}
