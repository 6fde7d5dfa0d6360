import { useMemo } from 'react';
import type { EntityCard, PassageRef } from '../../../../../shared/domain';
import { useCall } from '../../../api/useCall';

// One empty list, so the memo below is not recomputed for a new [] on every render.
const NO_EVIDENCE: readonly PassageRef[] = [];

export interface EvidenceCandidates {
  /** This card's passages, then the other card's, then evidence already kept that neither card links any more. */
  candidates: PassageRef[];
  /** Ids of candidates linked to neither card (kept evidence only), so the checklist can say so. */
  unlinkedIds: ReadonlySet<string>;
  loading: boolean;
  error: string | null;
}

/**
 * The passages a relation's evidence can be chosen from: those linked to either of its cards. The other
 * card is read with entities.get; until it arrives (or without one) this card's passages are offered.
 */
export function useEvidenceCandidates(card: EntityCard, otherId: string | null, kept: readonly PassageRef[] = NO_EVIDENCE): EvidenceCandidates {
  const other = useCall('entities.get', otherId ? { id: otherId } : null, { failure: 'Could not load the other card’s passages' });
  // A card fetched for an earlier choice is never offered for the current one, nor its error told.
  const otherPassages = other.value && other.value.id === otherId ? other.value.passages : null;
  const error = other.loading ? null : other.error;
  return useMemo(() => {
    const linked = uniqueRefs([...card.passages, ...(otherPassages ?? [])]);
    const linkedIds = new Set(linked.map((ref) => ref.id));
    const leftOver = kept.filter((ref) => !linkedIds.has(ref.id));
    return {
      candidates: [...linked, ...leftOver],
      unlinkedIds: new Set(leftOver.map((ref) => ref.id)),
      loading: otherId !== null && otherPassages === null && error === null,
      error,
    };
  }, [card.passages, otherPassages, kept, otherId, error]);
}

/** Each passage once, in first-seen order, as the short ref a relation's evidence is. */
function uniqueRefs(passages: readonly PassageRef[]): PassageRef[] {
  const seen = new Map<string, PassageRef>();
  for (const p of passages) {
    if (!seen.has(p.id)) seen.set(p.id, { id: p.id, clippingId: p.clippingId, clippingTitle: p.clippingTitle, exact: p.exact, anchorStatus: p.anchorStatus });
  }
  return [...seen.values()];
}
