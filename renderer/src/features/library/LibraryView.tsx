// The Library (and its Trash): filters, the virtualised table, and bulk actions on the selection.
import type { ReactNode } from 'react';
import type { LibraryInfo } from '../../../../shared/domain';
import { useCall } from '../../api/useCall';
import type { NoticeState } from '../../components/Notice';
import { countOf } from '../../lib/format';
import { goTo, readerRoute } from '../../lib/routes';
import { ClippingTable } from './ClippingTable';
import { FilterBar } from './FilterBar';
import { hasFilters } from './filters';
import { LibraryWithoutRows } from './LibraryEmptyStates';
import { ImportButtons, LibraryHeader, NewClippingButton } from './LibraryHeader';
import { SelectionBar } from './SelectionBar';
import { TagDialog } from './TagDialog';
import { useBulkActions } from './useBulkActions';
import { useClippingPages } from './useClippingPages';
import { useLibraryQuery } from './useLibraryQuery';
import { useRowSelection } from './useRowSelection';
import './library.css';

export function LibraryView(props: {
  /** False while another place is shown: the table keeps its place and gets the focus back on return. */
  visible: boolean;
  revision: number;
  library: LibraryInfo | null;
  /** The clipping saved last, marked in the table. */
  highlightId: string | null;
  onNew: () => void;
  onImportFiles: () => void;
  onImportFolder: () => void;
  importing: boolean;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
  /** Puts the Library's search round its list (the app shell gives it; the Trash is not searched). */
  withSearch?: (list: ReactNode) => ReactNode;
}) {
  const { query, trash, showTrash, sort, setSort, filter, setFilter, dateError, setDateError } = useLibraryQuery();
  const { cache } = useClippingPages(query, props.revision);
  const total = cache.total;
  const facets = useCall('clippings.facets', {}, { refresh: props.revision }).value;
  const [selection, setSelection] = useRowSelection(cache, total);
  const bulk = useBulkActions({ cache, selection, trash, onNotice: props.onNotice, onChanged: props.onChanged });

  const filtered = hasFilters(filter);
  const everything = props.library ? (trash ? props.library.trashCount : props.library.clippingCount) : null;
  const importButtons = <ImportButtons importing={props.importing} onImportFiles={props.onImportFiles} onImportFolder={props.onImportFolder} />;
  const newButton = <NewClippingButton onNew={props.onNew} />;
  const libraryIsEmpty = total === 0 && !filtered && !trash;
  const list = (
    <>
      {!libraryIsEmpty && (
        <>
          <FilterBar filter={filter} facets={facets} onChange={setFilter} onDateError={setDateError} />
          <SelectionBar
            trash={trash}
            count={bulk.count}
            working={bulk.working}
            summary={total === null ? '' : listSummary(total, everything, trash, filtered)}
            problem={dateError ?? (total !== null ? cache.error : null)}
            onTag={() => bulk.setTagging(true)}
            onTrash={() => void bulk.moveToTrash()}
            onRestore={() => void bulk.restoreSelection()}
          />
        </>
      )}
      {total === null || total === 0 ? (
        <LibraryWithoutRows
          total={total}
          error={cache.error}
          filtered={filtered}
          trash={trash}
          onClearFilters={() => setFilter({})}
          onShowLibrary={() => showTrash(false)}
          addActions={
            <>
              {newButton}
              {importButtons}
            </>
          }
        />
      ) : (
        <ClippingTable
          label={trash ? 'Clippings in the Trash' : 'Clippings'}
          cache={cache}
          total={total}
          selection={selection}
          onSelectionChange={setSelection}
          sort={sort}
          onSort={setSort}
          onOpen={(id) => goTo(readerRoute(id))}
          onDelete={() => void (trash ? undefined : bulk.moveToTrash())}
          highlightId={props.highlightId}
          visible={props.visible}
        />
      )}
    </>
  );
  return (
    <div className="library">
      <LibraryHeader
        trash={trash}
        trashCount={props.library?.trashCount ?? null}
        onShowTrash={showTrash}
        actions={
          <>
            {importButtons}
            {newButton}
          </>
        }
      />
      {trash || libraryIsEmpty || !props.withSearch ? list : props.withSearch(list)}
      {bulk.tagging && <TagDialog count={bulk.count} knownTags={facets?.tags ?? []} onCancel={() => bulk.setTagging(false)} onApply={bulk.applyTags} />}
    </div>
  );
}

/** "1 clipping", "12 of 340 clippings", "3 clippings in the Trash". */
function listSummary(total: number, everything: number | null, trash: boolean, filtered: boolean): string {
  const where = trash ? ' in the Trash' : '';
  if (filtered && everything !== null) return `${total.toLocaleString('en-US')} of ${countOf(everything, 'clipping')}${where}`;
  return `${countOf(total, 'clipping')}${where}`;
}
