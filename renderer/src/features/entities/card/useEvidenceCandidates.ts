import { useMemo } from 'react';
import type { EntityCard, PassageRef } from '../../../../../shared/domain';
import { useCall } from '../../../api/useCall';

// One empty list, so the memo below is not recomputed for a new [] on every render.
const NO_EVIDENCE: readonly PassageRef[] = [];

export interface EvidenceCandidates {
  /**
   * This card's passages, then the other card's, then every passage of the clippings naming both,
   * then those added by the search or selected in the Reader, then evidence already kept that none
   * of these offers any more.
   */
  candidates: PassageRef[];
  /** Ids of candidates linked to neither card (kept evidence only), so the checklist can say so. */
  unlinkedIds: ReadonlySet<string>;
  /** The clippings that name both cards, to select evidence in with the Reader. */
  clippings: ReadonlyArray<{ id: string; title: string }>;
  loading: boolean;
  error: string | null;
}

/**
 * The passages a relation's evidence can be chosen from. The other card is read with entities.get and
 * the clippings naming both with relations.evidenceOptions; until they arrive (or without another
 * card) this card's passages and the added ones are offered.
 */
export function useEvidenceCandidates(
  card: EntityCard,
  otherId: string | null,
  kept: readonly PassageRef[] = NO_EVIDENCE,
  added: readonly PassageRef[] = NO_EVIDENCE,
): EvidenceCandidates {
  const other = useCall('entities.get', otherId ? { id: otherId } : null, { failure: 'Could not load the other card’s passages' });
  const options = useCall('relations.evidenceOptions', otherId ? { entityId: card.id, otherId } : null, {
    failure: 'Could not load the passages of the clippings naming both cards',
  });
  // A card fetched for an earlier choice is never offered for the current one, nor its error told.
  const otherPassages = other.value && other.value.id === otherId ? other.value.passages : null;
  const shared = otherId ? options.value : null;
  const error = (other.loading ? null : other.error) ?? (options.loading ? null : options.error);
  return useMemo(() => {
    const offered = uniqueRefs([...card.passages, ...(otherPassages ?? []), ...(shared?.passages ?? []), ...added]);
    const offeredIds = new Set(offered.map((ref) => ref.id));
    const leftOver = kept.filter((ref) => !offeredIds.has(ref.id));
    return {
      candidates: [...offered, ...leftOver],
      unlinkedIds: new Set(leftOver.map((ref) => ref.id)),
      clippings: shared?.clippings ?? [],
      loading: otherId !== null && otherPassages === null && error === null,
      error,
    };
  }, [card.passages, otherPassages, shared, added, kept, otherId, error]);
}

/** Each passage once, in first-seen order, as the short ref a relation's evidence is. */
function uniqueRefs(passages: readonly PassageRef[]): PassageRef[] {
  const seen = new Map<string, PassageRef>();
  for (const p of passages) {
    if (!seen.has(p.id)) seen.set(p.id, { id: p.id, clippingId: p.clippingId, clippingTitle: p.clippingTitle, exact: p.exact, anchorStatus: p.anchorStatus });
  }
  return [...seen.values()];
}
