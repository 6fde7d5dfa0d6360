import { useState } from 'react';
import type { PassageRef } from '../../../../../shared/domain';
import type { SearchHit } from '../../../../../shared/search/types';
import { useCall } from '../../../api/useCall';

/** How many passages the search offers at once; more words narrow it. */
const FOUND_LIMIT = 8;

/**
 * More evidence than the cards' own passages: a passage search over the whole library (each found
 * passage added to the checklist, chosen), and a clipping naming both cards to select in the Reader.
 */
export function EvidenceFinder(props: {
  clippings: ReadonlyArray<{ id: string; title: string }>;
  /** Ids already offered, so a found passage is not added twice. */
  offeredIds: ReadonlySet<string>;
  onAdd: (passage: PassageRef) => void;
  onSelectInReader: (clippingId: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [clippingId, setClippingId] = useState('');
  const words = query.trim();
  const found = useCall('search.query', words ? { query: words, kind: 'passage', limit: FOUND_LIMIT } : null, {
    delayMs: 250,
    failure: 'The passage search failed',
  });
  const hits = words ? (found.value?.hits ?? []).filter((hit) => hit.kind === 'passage' && !props.offeredIds.has(hit.id)) : [];
  const chosenClipping = props.clippings.some((c) => c.id === clippingId) ? clippingId : (props.clippings[0]?.id ?? '');

  return (
    <div className="evidence-finder">
      <input type="search" aria-label="Search passages" placeholder="Search passages…" value={query} onChange={(e) => setQuery(e.target.value)} />
      {words && hits.length === 0 && !found.loading && <p className="section-empty">{found.error ?? 'No other passage has these words.'}</p>}
      {hits.length > 0 && (
        <ul className="evidence-found" aria-label="Passages found">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  props.onAdd(foundPassage(hit));
                  setQuery('');
                }}
              >
                Add “{hit.snippet}”
              </button>
              <span className="evidence-source"> {hit.detail}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="evidence-select-in-reader">
        <label className="inline-field">
          <span>Clipping naming both</span>
          <select value={chosenClipping} disabled={props.clippings.length === 0} onChange={(e) => setClippingId(e.target.value)}>
            {props.clippings.length === 0 && <option value="">No clipping names both cards yet</option>}
            {props.clippings.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!chosenClipping}
          title="Open the clipping in the Reader, select the words, then Use as evidence"
          onClick={() => props.onSelectInReader(chosenClipping)}
        >
          Select in the Reader…
        </button>
      </div>
    </div>
  );
}

/** A found passage as evidence: its quote around the match, its clipping's title. */
function foundPassage(hit: SearchHit): PassageRef {
  return { id: hit.id, clippingId: hit.clippingId ?? '', clippingTitle: hit.detail, exact: hit.snippet, anchorStatus: 'exact' };
}
