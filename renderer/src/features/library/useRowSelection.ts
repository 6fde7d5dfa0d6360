import { useEffect, useRef, useState } from 'react';
import type { ClippingPageCache } from './clippingPageCache';
import { NO_SELECTION, selectOnly, type RowSelection } from './selection';

/** The selected rows of the list the cache holds. */
export function useRowSelection(cache: ClippingPageCache, total: number | null) {
  const [selection, setSelection] = useState<RowSelection>(NO_SELECTION);
  // A new query is a new list: nothing in it is selected yet.
  useEffect(() => setSelection(NO_SELECTION), [cache]);
  // Rows came or went: indices no longer mean the same rows, so keep only the keyboard's place.
  const lastTotal = useRef(total);
  useEffect(() => {
    if (lastTotal.current === total) return;
    lastTotal.current = total;
    setSelection((current) => (current.active === null || !total ? NO_SELECTION : selectOnly(Math.min(current.active, total - 1))));
  }, [total]);
  return [selection, setSelection] as const;
}
