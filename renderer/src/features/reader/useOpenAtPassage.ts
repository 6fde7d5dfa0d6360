import { useEffect, useRef } from 'react';
import type { Passage } from '../../../../shared/domain';
import { flashHighlight } from '../../lib/flashHighlight';
import type { TextMap } from './textMap';

/** Opened at a passage (from the Passages place, a card or a citation): shown and flashed once it is loaded. */
export function useOpenAtPassage(passageId: string | null, passages: readonly Passage[] | null, map: TextMap | null, show: (passage: Passage) => void): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!passageId || !passages || !map || shown.current === passageId) return;
    const passage = passages.find((p) => p.id === passageId);
    if (!passage) return;
    shown.current = passageId;
    show(passage);
    const range = passage.start !== null && passage.end !== null ? map.rangeOf(passage.start, passage.end) : null;
    if (range) flashHighlight(range);
  }, [passageId, passages, map, show]);
}
