// The quick switcher's rows: asked at every keystroke (the core answers from a short list, fast), the
// newest keystroke's answer always winning; with an empty box, the items opened last come first.
import { useMemo } from 'react';
import type { SwitcherItem } from '../../../../shared/search/types';
import { useCall } from '../../api/useCall';
import { recentItems, withRecentFirst } from '../../lib/recentItems';
import { useDelayedFlag } from './useDelayedFlag';

export const SWITCHER_LIMIT = 20;
/** Only an answer slower than this shows "Searching…". */
const SLOW_MS = 300;

export function useSwitcherItems(query: string) {
  const typed = query.trim();
  const answer = useCall('search.switcher', { query: typed, limit: SWITCHER_LIMIT }, { failure: 'The switcher could not search' });
  // Read once per empty box: opening an item changes the list for next time, not under the pointer.
  const recent = useMemo(() => (typed === '' ? recentItems() : []), [typed]);
  const items: SwitcherItem[] = useMemo(
    () => (typed === '' ? withRecentFirst(recent, answer.value ?? []).slice(0, SWITCHER_LIMIT) : (answer.value ?? [])),
    [typed, recent, answer.value],
  );
  const slow = useDelayedFlag(answer.loading, SLOW_MS);
  return { items, recentCount: typed === '' ? recent.length : 0, loading: answer.loading, slow, error: answer.error };
}
