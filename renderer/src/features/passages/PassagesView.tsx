// Every passage marked in any clipping, newest first: a dense list with its colour, quote, label,
// comment, linked cards and clipping; filtered by colour, label, linked card and clipping.
import { useEffect, useMemo, useState } from 'react';
import { EmptyPlaceView } from '../../components/EmptyPlaceView';
import { EmptyState } from '../../components/EmptyState';
import { FormError } from '../../components/FormError';
import { PlaceHeader } from '../../components/PlaceHeader';
import { countOf } from '../../lib/format';
import { goTo, placeRoute } from '../../lib/routes';
import { PassageFilters } from './PassageFilters';
import { PassageRow } from './PassageRow';
import { describeFilter, hasFilters, NO_FILTER, type PassageFilter } from './passageFilter';
import { PAGE_SIZE, usePassagePages } from './usePassagePages';
import { usePassageLabels } from './usePassageFacets';
import './passages.css';

export function PassagesView(props: { revision: number }) {
  const [filter, setFilter] = useState<PassageFilter>(NO_FILTER);
  const pages = usePassagePages(filter, props.revision);
  const labels = usePassageLabels(props.revision);
  const clippings = useClippingsSeen(pages.items);
  const filtered = hasFilters(filter);

  if (pages.total === 0 && !filtered && !pages.loading) {
    return (
      <EmptyPlaceView
        place="Passages"
        title="No passages yet — select text in the Reader and highlight it"
        testId="passages-empty"
        actionLabel="Choose a clipping to read"
        onAction={() => goTo(placeRoute('library'))}
      >
        <p>Every passage you mark in any clipping is listed here, with its colour, label, comment and linked entities.</p>
      </EmptyPlaceView>
    );
  }

  const clear = () => setFilter(NO_FILTER);
  let body;
  if (pages.error && pages.items.length === 0) {
    body = (
      <div className="passages-error" role="alert">
        <p>{pages.error}</p>
        <button type="button" onClick={pages.retry}>
          Try again
        </button>
      </div>
    );
  } else if (pages.total === null) {
    body = <div className="loading" aria-busy="true" />;
  } else if (pages.total === 0) {
    body = (
      <EmptyState
        title="No passages match these filters"
        testId="passages-no-matches"
        actions={
          <button type="button" className="primary" onClick={clear}>
            Clear filters
          </button>
        }
      >
        <p>None of the passages is {describeFilter(filter)}.</p>
      </EmptyState>
    );
  } else {
    const more = pages.total - pages.items.length;
    body = (
      <>
        <ol className="passages-list" aria-label="Passages" aria-busy={pages.loading}>
          {pages.items.map((passage) => (
            <PassageRow key={passage.id} passage={passage} />
          ))}
        </ol>
        <FormError message={pages.error} />
        {more > 0 && (
          <div className="passages-more">
            <button type="button" onClick={pages.loadMore} disabled={pages.loading}>
              Load {countOf(Math.min(PAGE_SIZE, more), 'more passage')}
            </button>
            <span className="hint">{countOf(more, 'passage')} not shown yet</span>
          </div>
        )}
      </>
    );
  }

  // The core lists one clipping's passages in reading order, all others newest first.
  const order = filter.clipping && pages.total ? ', in reading order' : '';
  const detail = pages.total === null ? '' : filtered ? `${countOf(pages.total, 'passage')} match${order}` : countOf(pages.total, 'passage');
  return (
    <div className="passages-view">
      <PlaceHeader title="Passages" detail={detail} />
      <PassageFilters filter={filter} onChange={setFilter} labels={labels} clippings={clippings} />
      {body}
    </div>
  );
}

/** Clippings that passages listed so far came from, by title; kept while filtering so the choice stays. */
function useClippingsSeen(items: ReadonlyArray<{ clippingId: string; clippingTitle: string }>): Array<{ id: string; title: string }> {
  const [seen, setSeen] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    setSeen((current) => {
      const fresh = items.filter((p) => current.get(p.clippingId) !== p.clippingTitle);
      if (fresh.length === 0) return current;
      const next = new Map(current);
      for (const p of fresh) next.set(p.clippingId, p.clippingTitle);
      return next;
    });
  }, [items]);
  return useMemo(() => [...seen].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)), [seen]);
}
