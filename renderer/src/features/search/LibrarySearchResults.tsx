import { EmptyState } from '../../components/EmptyState';
import { countOf } from '../../lib/format';
import { withoutFilter } from './queryFilters';
import { NoSearchResults, SearchResultsView } from './SearchResultsView';
import type { LibrarySearch } from './useLibrarySearch';
import './search.css';

/** Where the Library's table was: the results of the search (or of a saved search), or why there are none. */
export function LibrarySearchResults(props: { search: LibrarySearch }) {
  const { search } = props;
  const opened = search.saved.opened;
  if (search.error) {
    return (
      <div className="search-empty" role="alert">
        <p>{search.error}</p>
      </div>
    );
  }
  // The first answer is on its way: an empty area of the same size, no spinner for a fast answer.
  if (!search.results) return <div className="search-results" aria-busy="true" />;
  if (search.groups.length === 0) {
    if (opened) {
      return (
        <EmptyState title={`No new clippings match “${opened.search.name}”`} testId="saved-search-empty">
          <p>New clippings that match {opened.search.query} will be counted beside it after the next import.</p>
        </EmptyState>
      );
    }
    return <NoSearchResults query={search.query.trim()} onQuery={search.changeQuery} withoutFilter={(filter) => withoutFilter(search.query, filter)} />;
  }
  return (
    <>
      {opened && (
        <p className="search-saved-summary" data-testid="saved-search-summary">
          {countOf(opened.results.hits.length, 'new clipping')} matching <code>{opened.search.query}</code> since you last opened it.
          <button type="button" className="link-button" onClick={search.saved.close}>
            Close
          </button>
        </p>
      )}
      <SearchResultsView
        heading={search.heading}
        groups={search.groups}
        rows={search.rows}
        active={search.active}
        stale={search.stale}
        loadingKind={search.loadingKind}
        onOpen={(hit) => search.openRow(search.rows.findIndex((row) => row.type === 'hit' && row.hit === hit))}
        onShowMore={(kind) => void search.showMore(kind)}
        onActive={search.setActive}
      />
    </>
  );
}
