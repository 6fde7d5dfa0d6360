import type { FacetValue } from '../../../../shared/domain';
import { useCall } from '../../api/useCall';

/** The labels passages carry, with counts; reloaded when the library changes. Empty while unknown. */
export function usePassageLabels(revision: number): FacetValue[] {
  // Without facets the label filter just offers nothing; the list itself still works.
  return useCall('passages.facets', {}, { refresh: revision }).value?.labels ?? [];
}
