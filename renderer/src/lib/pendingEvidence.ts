// "Select in the Reader" from a card's add-relation form: the form's draft waits here while the
// Reader is open on a clipping; a selection made there (or Cancel) takes the analyst back to the
// card, whose form opens again with the draft and, when one was made, the new passage chosen.
import type { EntityRef, PassageRef, RelationType } from '../../../shared/domain';
import { entityRoute, goTo, readerRoute } from './routes';

const PENDING_EVIDENCE_KEY = 'relations.pendingEvidence';

/** What the add-relation form held when the analyst went to select in the Reader. */
export interface RelationFormDraft {
  type: RelationType;
  label: string;
  other: EntityRef | null;
  outgoing: boolean;
  date: string;
  selected: string[];
  /** Passages found by the search or selected in the Reader, offered beside the cards' own. */
  extra: PassageRef[];
}

export interface PendingEvidence {
  cardId: string;
  cardName: string;
  draft: RelationFormDraft;
  /** Set once the analyst is done in the Reader: the passage chosen there, or null when cancelled. */
  done?: { passage: PassageRef | null };
}

function read(): PendingEvidence | null {
  try {
    return JSON.parse(sessionStorage.getItem(PENDING_EVIDENCE_KEY) ?? 'null') as PendingEvidence | null;
  } catch {
    return null;
  }
}

/** Leaves the draft and opens the Reader on the clipping to select in. */
export function startEvidencePick(card: EntityRef, draft: RelationFormDraft, clippingId: string): void {
  const pending: PendingEvidence = { cardId: card.id, cardName: card.name, draft };
  sessionStorage.setItem(PENDING_EVIDENCE_KEY, JSON.stringify(pending));
  goTo(readerRoute(clippingId));
}

/** The pick the Reader is in the middle of (not yet done), for its banner and its toolbar's button. */
export function evidencePickInProgress(): PendingEvidence | null {
  const pending = read();
  return pending && !pending.done ? pending : null;
}

/** Back to the card with the passage chosen (null: cancelled, nothing chosen). */
export function finishEvidencePick(passage: PassageRef | null): void {
  const pending = read();
  if (!pending) return;
  sessionStorage.setItem(PENDING_EVIDENCE_KEY, JSON.stringify({ ...pending, done: { passage } }));
  goTo(entityRoute(pending.cardId));
}

/** The finished pick for this card, taken once (a reload does not open the form again). */
export function takeFinishedEvidencePick(cardId: string): PendingEvidence | null {
  const pending = read();
  if (!pending?.done || pending.cardId !== cardId) return null;
  sessionStorage.removeItem(PENDING_EVIDENCE_KEY);
  return pending;
}
