import { useState } from 'react';
import type { Passage } from '../../../../../../shared/domain';
import { countOf } from '../../../../lib/format';
import { startPassageDrag } from './passageDrag';
import { FINDER_PAGE_SIZE, usePassageFinder } from './usePassageFinder';

/** The panel's "Passages": drag one onto the note, or click it (or Enter) to cite it where the caret was. */
export function PassageFinder(props: { onCite: (passage: Passage) => void }) {
  const [filter, setFilter] = useState('');
  const finder = usePassageFinder(filter);
  const { passages, error } = finder;
  return (
    <section className="evidence-section passage-finder" aria-labelledby="passage-finder-title">
      <h3 id="passage-finder-title">Passages</h3>
      <input
        type="search"
        className="passage-finder-filter"
        placeholder="Filter by words…"
        aria-label="Filter passages"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {passages && passages.length === 0 && (
        <p className="evidence-empty">{filter ? 'No passage has those words.' : 'No passages yet — mark some in the Reader.'}</p>
      )}
      <ul className="passage-finder-list" data-testid="passage-finder">
        {passages?.map((passage) => (
          <li key={passage.id}>
            <button
              type="button"
              className={`passage-finder-item passage-finder-${passage.color}`}
              draggable
              data-testid="finder-passage"
              data-passage-id={passage.id}
              title="Drag onto the note, or click to cite it where the caret was"
              onDragStart={(event) => startPassageDrag(event, passage)}
              onClick={() => props.onCite(passage)}
            >
              <q>{passage.exact}</q>
              <span className="passage-finder-source">{passage.clippingTitle}</span>
            </button>
          </li>
        ))}
      </ul>
      {finder.hasMore && (
        <div className="passage-finder-more">
          <button type="button" className="link-button" onClick={finder.loadMore} disabled={finder.loading}>
            Load {countOf(Math.min(FINDER_PAGE_SIZE, (finder.total ?? 0) - finder.loaded), 'older passage')}
          </button>
          {filter && <span className="hint"> The filter looks through the {finder.loaded.toLocaleString('en-US')} newest.</span>}
        </div>
      )}
    </section>
  );
}
