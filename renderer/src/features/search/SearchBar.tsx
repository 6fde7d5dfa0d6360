// The Library's search box: typed queries are asked as you type; arrows move through the results
// below (the box stays focused, the chosen row is its active descendant), Enter opens, Esc clears.
import { forwardRef, type KeyboardEvent } from 'react';
import { RESULTS_LIST_ID } from './SearchResultsView';
import { SyntaxHelp } from './SyntaxHelp';
import './search.css';

export const SearchBar = forwardRef<
  HTMLInputElement,
  {
    query: string;
    onQuery: (query: string) => void;
    activeId: string | null;
    expanded: boolean;
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
    onSave: () => void;
    saving: boolean;
    hints: readonly string[];
    /** Results are shown: the hint line keeps its room so a hint arriving moves nothing. */
    searching: boolean;
  }
>(function SearchBar(props, input) {
  return (
    <div className="search-bar">
      <div className="search-bar-row">
        <input
          ref={input}
          type="search"
          className="search-input"
          role="combobox"
          aria-label="Search the library"
          aria-expanded={props.expanded}
          aria-controls={RESULTS_LIST_ID}
          aria-activedescendant={props.activeId ?? undefined}
          aria-autocomplete="list"
          placeholder="Search clippings, passages, notes, cards, events  ( / )"
          spellCheck={false}
          value={props.query}
          onChange={(event) => props.onQuery(event.target.value)}
          onKeyDown={props.onKeyDown}
        />
        <SyntaxHelp />
        <button
          type="button"
          onClick={props.onSave}
          disabled={props.query.trim() === '' || props.saving}
          title="Watch this search: the Library counts new clippings that match it"
        >
          Save search
        </button>
      </div>
      <p className={`search-hints${props.searching ? ' search-hints-reserved' : ''}`} role="status" data-testid="search-hints">
        {props.hints.join(' ')}
      </p>
    </div>
  );
});
