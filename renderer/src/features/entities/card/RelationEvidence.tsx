import type { PassageRef } from '../../../../../shared/domain';
import './relationEvidence.css';

/** A relation's evidence under its sentence: each quote opens its passage in the Reader. */
export function RelationEvidence(props: { evidence: readonly PassageRef[]; onOpenClipping: (clippingId: string, passageId: string) => void }) {
  return (
    <ul className="relation-evidence" aria-label="Evidence">
      {props.evidence.map((ref) => (
        <li key={ref.id}>
          <button
            type="button"
            className="relation-evidence-item"
            title={`“${ref.exact}” — ${ref.clippingTitle}`}
            onClick={() => props.onOpenClipping(ref.clippingId, ref.id)}
          >
            <span className="evidence-quote">“{ref.exact}”</span>
            <span className="evidence-source">
              {ref.clippingTitle}
              {ref.anchorStatus === 'orphaned' && ' · no longer found in the text'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
