import { useCallback, useRef, useState } from 'react';
import type { Clipping } from '../../../../shared/domain';
import { useCall } from '../../api/useCall';

/**
 * The clipping the Reader shows: loaded by id, then replaced by what each edit answers (the clipping
 * as saved), until it is loaded again.
 */
export function useOpenClipping(clippingId: string | null) {
  const loaded = useCall('clippings.get', clippingId === null ? null : { id: clippingId });
  const [edited, setEdited] = useState<{ over: Clipping | null; clipping: Clipping } | null>(null);
  const current = useRef(loaded.value);
  current.current = loaded.value;
  const replace = useCallback((clipping: Clipping) => setEdited({ over: current.current, clipping }), []);

  const latest = edited && edited.over === loaded.value ? edited.clipping : loaded.value;
  // A failed request keeps the last clipping as its value: it is only shown for its own id.
  const clipping = !loaded.loading && latest?.id === clippingId ? latest : null;
  return { clipping, loading: loaded.loading, error: loaded.error, replace };
}
