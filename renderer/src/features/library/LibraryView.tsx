// The Library (and its Trash): filters, the virtualised table, and bulk actions on the selection.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LibraryFacets, LibraryInfo } from '../../../../shared/domain';
import { api } from '../../api/client';
import type { NoticeState } from '../../components/Notice';
import { PlaceHeader } from '../../components/PlaceHeader';
import { countOf } from '../../lib/format';
import { ClippingTable, type SortState } from './ClippingTable';
import { FilterBar } from './FilterBar';
import { hasFilters, type LibraryFilter } from './filters';
import { LibraryEmpty, NoMatches, TrashEmpty } from './LibraryEmptyStates';
import { NO_SELECTION, selectOnly, selectedCount, type RowSelection } from './selection';
import { SelectionBar } from './SelectionBar';
import { TagDialog } from './TagDialog';
import { useClippingPages } from './useClippingPages';

interface Props {
  visible: boolean;
  revision: number;
  library: LibraryInfo | null;
  highlightId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  onImportFiles: () => void;
  onImportFolder: () => void;
  importing: boolean;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}

export function LibraryView(props: Props) {
  const { onNotice, onChanged } = props;
  const [trash, setTrash] = useState(false);
  const [sort, setSort] = useState<SortState>({ sort: 'captured', direction: 'desc' });
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [dateError, setDateError] = useState<string | null>(null);
  const query = useMemo(() => ({ sort: sort.sort, direction: sort.direction, trash, filter }), [sort, trash, filter]);
  const { cache } = useClippingPages(query, props.revision);
  const total = cache.total;
  const facets = useFacets(props.revision);

  const [selection, setSelection] = useState<RowSelection>(NO_SELECTION);
  const [tagging, setTagging] = useState(false);
  const [working, setWorking] = useState<string | null>(null);

  // A new query is a new list: nothing in it is selected yet.
  useEffect(() => setSelection(NO_SELECTION), [cache]);
  // Rows came or went: indices no longer mean the same rows, so keep only the keyboard's place.
  const lastTotal = useRef(total);
  useEffect(() => {
    if (lastTotal.current === total) return;
    lastTotal.current = total;
    setSelection((current) => (current.active === null || !total ? NO_SELECTION : selectOnly(Math.min(current.active, total - 1))));
  }, [total]);

  const count = selectedCount(selection);

  /** Resolves the selection to ids, runs a bulk method, and reports what changed. */
  const runOnSelection = useCallback(
    async (label: string, run: (ids: string[]) => Promise<NoticeState | string>): Promise<string | null> => {
      setWorking(label);
      const ids = await cache.idsIn(selection.ranges);
      if (!ids.ok) {
        setWorking(null);
        return ids.error.message;
      }
      const outcome = await run(ids.value);
      setWorking(null);
      if (typeof outcome === 'string') return outcome;
      onNotice(outcome);
      onChanged();
      return null;
    },
    [cache, selection, onNotice, onChanged],
  );

  const restore = useCallback(async (ids: string[]): Promise<NoticeState | string> => {
    const result = await api.call('clippings.restore', { ids });
    return result.ok ? { kind: 'info', message: `Restored ${countOf(result.value.count, 'clipping')} to the Library.` } : result.error.message;
  }, []);

  const moveToTrash = useCallback(async () => {
    if (count === 0 || trash) return;
    const failure = await runOnSelection(`Moving ${countOf(count, 'clipping')} to the Trash…`, async (ids) => {
      const result = await api.call('clippings.trash', { ids });
      if (!result.ok) return result.error.message;
      return {
        kind: 'info',
        message: `Moved ${countOf(result.value.count, 'clipping')} to the Trash.`,
        action: {
          label: 'Undo',
          run: () => void restore(ids).then((outcome) => (typeof outcome === 'string' ? onNotice({ kind: 'error', message: outcome }) : (onNotice(outcome), onChanged()))),
        },
      };
    });
    if (failure) onNotice({ kind: 'error', message: `Nothing was moved to the Trash: ${failure}` });
  }, [count, trash, runOnSelection, restore, onNotice, onChanged]);

  const restoreSelection = useCallback(async () => {
    if (count === 0 || !trash) return;
    const failure = await runOnSelection(`Restoring ${countOf(count, 'clipping')}…`, restore);
    if (failure) onNotice({ kind: 'error', message: `Nothing was restored: ${failure}` });
  }, [count, trash, runOnSelection, restore, onNotice]);

  const applyTags = useCallback(
    (change: { add: string[]; remove: string[] }) =>
      runOnSelection('Tagging…', async (ids) => {
        const result = await api.call('clippings.tag', { ids, ...change });
        if (!result.ok) return result.error.message;
        setTagging(false);
        return { kind: 'info', message: `Updated the tags of ${countOf(result.value.count, 'clipping')}.` };
      }),
    [runOnSelection],
  );

  const showTrash = (inTrash: boolean) => {
    setTrash(inTrash);
    setDateError(null);
  };

  const filtered = hasFilters(filter);
  const everything = props.library ? (trash ? props.library.trashCount : props.library.clippingCount) : null;
  const importActions: ReactNode = (
    <>
      <button type="button" onClick={props.onImportFiles} disabled={props.importing} title="Import files (Ctrl+O)">
        Import files…
      </button>
      <button type="button" onClick={props.onImportFolder} disabled={props.importing}>
        Import folder…
      </button>
    </>
  );
  const newButton = (
    <button type="button" className="primary" onClick={props.onNew}>
      New clipping <kbd>N</kbd>
    </button>
  );

  let body: ReactNode;
  if (total === null) body = cache.error ? <p className="form-error" role="alert">{cache.error}</p> : <div className="loading" aria-busy="true" />;
  else if (total === 0 && filtered) body = <NoMatches inTrash={trash} onClearFilters={() => setFilter({})} />;
  else if (total === 0 && trash) body = <TrashEmpty onShowLibrary={() => showTrash(false)} />;
  else if (total === 0)
    body = (
      <LibraryEmpty
        actions={
          <>
            {newButton}
            {importActions}
          </>
        }
      />
    );

  const libraryIsEmpty = total === 0 && !filtered && !trash;
  return (
    <div className="library">
      <PlaceHeader
        title="Library"
        detail={
          <span className="view-switch" role="group" aria-label="Show">
            <button type="button" aria-pressed={!trash} onClick={() => showTrash(false)}>
              Library
            </button>
            <button type="button" aria-pressed={trash} onClick={() => showTrash(true)}>
              Trash{props.library && props.library.trashCount > 0 ? ` (${props.library.trashCount.toLocaleString('en-US')})` : ''}
            </button>
          </span>
        }
        actions={
          <>
            {importActions}
            {newButton}
          </>
        }
      />
      {!libraryIsEmpty && (
        <>
          <FilterBar filter={filter} facets={facets} onChange={setFilter} onDateError={setDateError} />
          <SelectionBar
            trash={trash}
            count={count}
            working={working}
            summary={total === null ? '' : listSummary(total, everything, trash, filtered)}
            problem={dateError ?? (total !== null ? cache.error : null)}
            onTag={() => setTagging(true)}
            onTrash={() => void moveToTrash()}
            onRestore={() => void restoreSelection()}
          />
        </>
      )}
      {body ?? (
        <ClippingTable
          label={trash ? 'Clippings in the Trash' : 'Clippings'}
          cache={cache}
          total={total ?? 0}
          selection={selection}
          onSelectionChange={setSelection}
          sort={sort}
          onSort={setSort}
          onOpen={props.onOpen}
          onDelete={() => void (trash ? undefined : moveToTrash())}
          highlightId={props.highlightId}
          visible={props.visible}
        />
      )}
      {tagging && <TagDialog count={count} knownTags={facets?.tags ?? []} onCancel={() => setTagging(false)} onApply={applyTags} />}
    </div>
  );
}

/** "1 clipping", "12 of 340 clippings", "3 clippings in the Trash". */
function listSummary(total: number, everything: number | null, trash: boolean, filtered: boolean): string {
  const where = trash ? ' in the Trash' : '';
  if (filtered && everything !== null) return `${total.toLocaleString('en-US')} of ${countOf(everything, 'clipping')}${where}`;
  return `${countOf(total, 'clipping')}${where}`;
}

function useFacets(revision: number): LibraryFacets | null {
  const [facets, setFacets] = useState<LibraryFacets | null>(null);
  useEffect(() => {
    let live = true;
    void api.call('clippings.facets', {}).then((result) => {
      if (live && result.ok) setFacets(result.value);
    });
    return () => {
      live = false;
    };
  }, [revision]);
  return facets;
}
