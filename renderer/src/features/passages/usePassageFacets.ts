import { useEffect, useState } from 'react';
import type { FacetValue } from '../../../../shared/domain';
import { api } from '../../api/client';

/** The labels passages carry, with counts; reloaded when the library changes. Empty while unknown. */
export function usePassageLabels(revision: number): FacetValue[] {
  const [labels, setLabels] = useState<FacetValue[]>([]);
  useEffect(() => {
    let current = true;
    void api.call('passages.facets', {}).then((result) => {
      // Without facets the label filter just offers nothing; the list itself still works.
      if (current && result.ok) setLabels(result.value.labels);
    });
    return () => {
      current = false;
    };
  }, [revision]);
  return labels;
}
