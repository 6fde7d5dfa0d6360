import type { SavedSearch } from '../../../../shared/search/types';

/** The saved searches under the box: each with how many new clippings match it; a click lists them. */
export function SavedSearchList(props: {
  searches: readonly SavedSearch[] | null;
  openId: string | null;
  busy: boolean;
  onOpen: (search: SavedSearch) => void;
  onDelete: (search: SavedSearch) => void;
}) {
  if (!props.searches || props.searches.length === 0) return null;
  return (
    <ul className="saved-searches" aria-label="Saved searches">
      {props.searches.map((search) => (
        <li key={search.id} className="saved-search" data-testid="saved-search">
          <button
            type="button"
            className="saved-search-open"
            aria-pressed={props.openId === search.id}
            disabled={props.busy}
            title={`${search.query} — list the clippings imported since you last opened it that match`}
            onClick={() => props.onOpen(search)}
          >
            <span className="saved-search-name">{search.name}</span>
            <span className={`saved-search-count${search.newCount > 0 ? ' saved-search-count-new' : ''}`} data-testid="saved-search-count">
              {search.newCount > 0 ? `${search.newCount.toLocaleString('en-US')} new` : 'no new'}
            </span>
          </button>
          <button
            type="button"
            className="saved-search-delete"
            aria-label={`Delete the saved search “${search.name}”`}
            disabled={props.busy}
            onClick={() => props.onDelete(search)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
