// Everything the Library's search needs between its box and its results: the query, the results
// of it (or of an opened saved search), the row chosen with the arrow keys, and the keys themselves.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { NoticeState } from '../../components/Notice';
import { openSearchHit } from './openSearchItem';
import { moveRow, resultRows } from './resultRows';
import { groupHits } from './searchGroups';
import { useSavedSearches } from './useSavedSearches';
import { useSearch } from './useSearch';

export function useLibrarySearch(revision: number, onNotice: (notice: NoticeState | null) => void) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const search = useSearch(query, revision);
  const saved = useSavedSearches(revision, onNotice);
  const opened = saved.opened;

  // An opened saved search shows its new clippings until the box is typed in.
  const groups = useMemo(() => (opened ? groupHits(opened.results.hits, opened.results.counts) : search.groups), [opened, search.groups]);
  const rows = useMemo(() => resultRows(groups, opened === null), [groups, opened]);
  const results = opened ? opened.results : search.results;
  useEffect(() => setActive(-1), [query, opened]);

  const changeQuery = (next: string) => {
    saved.close();
    setQuery(next);
  };

  const openRow = (index: number) => {
    const row = rows[index];
    if (row?.type === 'hit') openSearchHit(row.hit);
    else if (row?.type === 'more') void search.showMore(row.kind);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => moveRow(current, rows.length, key));
    } else if (key === 'Enter') {
      event.preventDefault();
      openRow(active < 0 ? 0 : active);
    } else if (key === 'Escape' && (query !== '' || opened)) {
      event.preventDefault();
      changeQuery('');
    }
  };

  return {
    input,
    query,
    changeQuery,
    /** Results take the table's place. */
    searching: query.trim() !== '' || opened !== null,
    heading: opened ? `New clippings matching “${opened.search.name}”` : `Results for “${query.trim()}”`,
    results,
    groups,
    rows,
    active,
    setActive,
    openRow,
    onKeyDown,
    stale: opened === null && search.stale,
    error: opened === null ? search.error : null,
    loadingKind: search.loadingKind,
    showMore: search.showMore,
    saved,
  };
}

export type LibrarySearch = ReturnType<typeof useLibrarySearch>;
