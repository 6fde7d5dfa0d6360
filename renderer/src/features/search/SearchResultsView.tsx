// Search results in the Library: groups by kind with their counts, each hit's title, detail and
// snippet with the matched words marked; the row chosen with the arrow keys is aria-selected.
import { useEffect } from 'react';
import type { SearchKind } from '../../../../shared/search/query-syntax';
import type { SearchHit } from '../../../../shared/search/types';
import { HighlightedText } from './HighlightedText';
import { filtersIn } from './queryFilters';
import type { ResultRow } from './resultRows';
import type { SearchGroup } from './searchGroups';
import { KIND_GROUP_LABEL, formatHitCount } from './searchWords';

export const RESULTS_LIST_ID = 'search-results-list';

export function SearchResultsView(props: {
  heading: string;
  groups: readonly SearchGroup[];
  rows: readonly ResultRow[];
  active: number;
  stale: boolean;
  loadingKind: SearchKind | null;
  onOpen: (hit: SearchHit) => void;
  onShowMore: (kind: SearchKind) => void;
  onActive: (index: number) => void;
}) {
  const activeId = props.rows[props.active]?.id ?? null;
  const indexOf = new Map(props.rows.map((row, index) => [row.id, index]));
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  return (
    <section className={`search-results${props.stale ? ' search-stale' : ''}`} aria-label={props.heading} aria-busy={props.stale}>
      <div id={RESULTS_LIST_ID} role="listbox" aria-label={props.heading} className="search-list">
        {props.groups.map((group) => (
          <div
            key={group.kind}
            role="group"
            aria-label={`${KIND_GROUP_LABEL[group.kind]} (${formatHitCount(group.count)})`}
            data-testid={`search-group-${group.kind}`}
          >
            <div className="search-group-head" role="presentation">
              <span>{KIND_GROUP_LABEL[group.kind]}</span>
              <span className="search-group-count" data-testid="search-group-count">
                {formatHitCount(group.count)}
              </span>
            </div>
            {group.hits.map((hit) => {
              const id = `search-hit-${hit.kind}-${hit.id}`;
              return (
                <div
                  key={id}
                  id={id}
                  role="option"
                  aria-selected={id === activeId}
                  className="search-hit"
                  data-testid="search-hit"
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => props.onActive(indexOf.get(id) ?? -1)}
                  onClick={() => props.onOpen(hit)}
                >
                  <div className="search-hit-title">
                    <span>{hit.title || 'Untitled'}</span>
                    {hit.detail && <span className="search-hit-detail">{hit.detail}</span>}
                  </div>
                  {hit.snippet && (
                    <p className="search-hit-snippet">
                      <HighlightedText text={hit.snippet} highlights={hit.highlights} />
                    </p>
                  )}
                </div>
              );
            })}
            {indexOf.has(`search-more-${group.kind}`) && (
              <div
                id={`search-more-${group.kind}`}
                role="option"
                aria-selected={`search-more-${group.kind}` === activeId}
                className="search-more"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => props.onShowMore(group.kind)}
              >
                {props.loadingKind === group.kind ? 'Loading…' : `Show more ${KIND_GROUP_LABEL[group.kind].toLowerCase()}`}
              </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

/** Nothing found: what was searched, and a way to search again without a filter. */
export function NoSearchResults(props: { query: string; onQuery: (query: string) => void; withoutFilter: (filter: string) => string }) {
  const filters = filtersIn(props.query);
  return (
    <div className="search-empty" data-testid="search-empty" role="status">
      <h2>Nothing matches “{props.query}”</h2>
      <p>Searched clippings, passages, notes, cards and events: titles, text, outlets, bylines, names and aliases.</p>
      {filters.length > 0 ? (
        <p>
          Try without a filter:{' '}
          {filters.map((filter) => (
            <button key={filter} type="button" className="search-drop-filter" onClick={() => props.onQuery(props.withoutFilter(filter))}>
              drop {filter}
            </button>
          ))}
        </p>
      ) : (
        <p>Try fewer words, a shorter form with * (milit*), or OR between alternatives.</p>
      )}
    </div>
  );
}
