import type { CitationState } from '../../../../../../shared/domain';
import type { CitationFields } from '../../nodes/PassageCitationNode';

/** A new citation's fields from the passage's present state; null when there is nothing left to cite. */
export function citationFromState(state: CitationState): CitationFields | null {
  if (state.status === 'deleted' || state.quote === null || state.clippingId === null) return null;
  return {
    passageId: state.passageId,
    quote: state.quote,
    clippingId: state.clippingId,
    clippingTitle: state.clippingTitle ?? '',
    outlet: state.outlet,
    publishedAt: state.publishedAt,
    grade: state.grade,
  };
}
