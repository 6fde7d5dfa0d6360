import type { ReactNode } from 'react';
import type { NoticeState } from '../../components/Notice';
import { LibrarySearchResults } from './LibrarySearchResults';
import { SavedSearchList } from './SavedSearchList';
import { SearchBar } from './SearchBar';
import { useLibrarySearch } from './useLibrarySearch';
import { useSearchKeys } from './useSearchKeys';

/**
 * The Library's search: the box and the saved searches above the Library's list (`children`),
 * whose place the results take while there is a query. The list stays mounted (hidden), so it
 * keeps its scroll, sort and selection for when the search is cleared.
 */
export function LibrarySearch(props: { visible: boolean; revision: number; onNotice: (notice: NoticeState | null) => void; children: ReactNode }) {
  const search = useLibrarySearch(props.revision, props.onNotice);
  useSearchKeys(props.visible, search.input);
  const { saved } = search;
  return (
    <>
      <SearchBar
        ref={search.input}
        query={search.query}
        onQuery={search.changeQuery}
        activeId={search.rows[search.active]?.id ?? null}
        expanded={search.searching && search.rows.length > 0}
        onKeyDown={search.onKeyDown}
        onSave={() => void saved.save(search.query.trim())}
        saving={saved.busy}
        hints={search.searching ? (search.results?.hints ?? []) : []}
        searching={search.searching}
      />
      <SavedSearchList
        searches={saved.searches}
        openId={saved.opened?.search.id ?? null}
        busy={saved.busy}
        onOpen={(one) => void saved.open(one)}
        onDelete={(one) => void saved.remove(one)}
      />
      {search.searching && <LibrarySearchResults search={search} />}
      <div className="library-list" hidden={search.searching}>
        {props.children}
      </div>
    </>
  );
}
