import { useEffect, useState } from 'react';

/** True once `on` has stayed true for `delayMs`: a "Searching…" that never flashes for a fast answer. */
export function useDelayedFlag(on: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) {
      setShown(false);
      return;
    }
    const timer = window.setTimeout(() => setShown(true), delayMs);
    return () => window.clearTimeout(timer);
  }, [on, delayMs]);
  return on && shown;
}
