import type { EvidenceCandidates } from './useEvidenceCandidates';
import './relationEvidence.css';

/**
 * "Evidence": a checkbox per passage linked to either card, read as its quote and clipping title.
 * Native checkboxes, so Tab and Space work as everywhere else.
 */
export function EvidenceChecklist(props: {
  evidence: EvidenceCandidates;
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** Shown when no candidate exists yet, e.g. before the other card is chosen. */
  emptyHint: string;
}) {
  const { candidates, unlinkedIds, loading, error } = props.evidence;
  const chosen = candidates.filter((ref) => props.selected.has(ref.id)).length;

  function toggle(id: string, on: boolean) {
    const next = new Set(props.selected);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(next);
  }

  return (
    <fieldset className="evidence-choice" aria-busy={loading}>
      <legend>
        Evidence {/* "0 of 0" says nothing; the hint below says why there is no choice. */}
        {candidates.length > 0 && (
          <span className="section-count">
            {chosen} of {candidates.length}
          </span>
        )}
      </legend>
      {candidates.length === 0 ? (
        <p className="section-empty">{loading ? 'Looking for passages…' : props.emptyHint}</p>
      ) : (
        <ul className="evidence-options" data-testid="evidence-options">
          {candidates.map((ref) => (
            <li key={ref.id}>
              <label className="evidence-option">
                <input type="checkbox" checked={props.selected.has(ref.id)} onChange={(e) => toggle(ref.id, e.target.checked)} />
                <span className="evidence-option-text">
                  <span className="evidence-quote">“{ref.exact}”</span>
                  <span className="evidence-source">
                    {ref.clippingTitle}
                    {ref.anchorStatus === 'orphaned' && ' · no longer found in the text'}
                    {unlinkedIds.has(ref.id) && ' · linked to neither card'}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
