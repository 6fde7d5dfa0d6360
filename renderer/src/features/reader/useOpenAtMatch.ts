import { useEffect, useRef } from 'react';
import type { TextSpan } from '../../lib/routes';
import { flashHighlight } from '../../lib/flashHighlight';
import type { TextMap } from './textMap';

/** Opened at a search match: the span is brought into view and flashed once the article is laid out. */
export function useOpenAtMatch(match: TextSpan | null, map: TextMap | null): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const key = match && `${match.start}-${match.end}`;
    if (!match || !map || shown.current === key) return;
    const range = map.rangeOf(match.start, match.end);
    if (!range) return;
    shown.current = key;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    flashHighlight(range);
  }, [match, map]);
}
