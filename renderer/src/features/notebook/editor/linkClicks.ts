import type { MouseEvent } from 'react';

/**
 * Links in a note are references to read, never followed: the app does not navigate. Used on the
 * editor and on the read-only history view (where a browser would otherwise follow a click).
 */
export function stopLinkNavigation(event: MouseEvent<HTMLElement>): void {
  if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
}
