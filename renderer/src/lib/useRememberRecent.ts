import { useEffect } from 'react';
import type { SwitcherItem } from '../../../shared/search/types';
import { rememberRecent } from './recentItems';

/** Puts the item a place shows (a clipping, a card, a note) first in the switcher's recent list. */
export function useRememberRecent(item: SwitcherItem | null): void {
  const key = item && JSON.stringify(item);
  useEffect(() => {
    if (key) rememberRecent(JSON.parse(key) as SwitcherItem);
  }, [key]);
}
