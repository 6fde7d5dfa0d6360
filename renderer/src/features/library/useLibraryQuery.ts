import { useMemo, useState } from 'react';
import type { SortState } from './sortState';
import type { LibraryFilter } from './filters';

/** What the Library lists: the Library or its Trash, sorted and filtered; a date typed wrong is said, not sent. */
export function useLibraryQuery() {
  const [trash, setTrash] = useState(false);
  const [sort, setSort] = useState<SortState>({ sort: 'captured', direction: 'desc' });
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [dateError, setDateError] = useState<string | null>(null);
  const query = useMemo(() => ({ sort: sort.sort, direction: sort.direction, trash, filter }), [sort, trash, filter]);
  const showTrash = (inTrash: boolean) => {
    setTrash(inTrash);
    setDateError(null);
  };
  return { query, trash, showTrash, sort, setSort, filter, setFilter, dateError, setDateError };
}
