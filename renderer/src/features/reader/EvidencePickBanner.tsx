import { finishEvidencePick, type PendingEvidence } from '../../lib/pendingEvidence';

/** While the Reader is open to select evidence for a relation: what to do, and a way back without any. */
export function EvidencePickBanner({ pick }: { pick: PendingEvidence }) {
  return (
    <div className="reader-banner reader-banner-pick" role="status" data-testid="evidence-pick-banner">
      <span>
        Choosing evidence for a relation of “{pick.cardName}”: select the words, then <strong>Use as evidence</strong>.
      </span>
      <button type="button" onClick={() => finishEvidencePick(null)}>
        Back to the card
      </button>
    </div>
  );
}
