// Saved searches ("watch terms"): the list with each one's count of new clippings, saving the
// query in the box, opening one (which lists its new clippings and marks it opened), and deleting
// one with Undo (the same query and name saved again).
import { useCallback, useState } from 'react';
import type { SavedSearch, SearchResults } from '../../../../shared/search/types';
import { useAction } from '../../api/useAction';
import { useCall } from '../../api/useCall';
import type { NoticeState } from '../../components/Notice';

export interface OpenedSavedSearch {
  search: SavedSearch;
  results: SearchResults;
}

export function useSavedSearches(revision: number, onNotice: (notice: NoticeState | null) => void) {
  const [changes, setChanges] = useState(0);
  const list = useCall('search.listSaved', {}, { refresh: `${revision}/${changes}`, failure: 'The saved searches could not be loaded' });
  const action = useAction();
  const [opened, setOpened] = useState<OpenedSavedSearch | null>(null);
  const changed = useCallback(() => setChanges((n) => n + 1), []);

  const save = async (query: string) => {
    const result = await action.run('search.save', { query }, 'The search could not be saved');
    if (!result.ok) return onNotice({ kind: 'error', message: action.error ?? result.error.message });
    changed();
    onNotice({ kind: 'info', message: `Saved “${result.value.name}”. The Library counts new clippings that match it.` });
  };

  const open = async (search: SavedSearch) => {
    const result = await action.run('search.openSaved', { id: search.id }, `“${search.name}” could not be opened`);
    if (!result.ok) return onNotice({ kind: 'error', message: `“${search.name}” could not be opened: ${result.error.message}` });
    setOpened({ search, results: result.value });
    changed();
  };

  const remove = async (search: SavedSearch) => {
    const result = await action.run('search.deleteSaved', { id: search.id });
    if (!result.ok) return onNotice({ kind: 'error', message: `“${search.name}” could not be deleted: ${result.error.message}` });
    setOpened((current) => (current?.search.id === search.id ? null : current));
    changed();
    onNotice({
      kind: 'info',
      message: `Deleted the saved search “${search.name}”.`,
      action: {
        label: 'Undo',
        run: () =>
          void action.run('search.save', { query: search.query, name: search.name }).then((again) => {
            if (again.ok) changed();
            else onNotice({ kind: 'error', message: `“${search.name}” could not be saved again: ${again.error.message}` });
          }),
      },
    });
  };

  return { searches: list.value, error: list.error, busy: action.busy, opened, close: () => setOpened(null), save, open, remove };
}
