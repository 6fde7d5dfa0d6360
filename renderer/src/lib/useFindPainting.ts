// The painting half of a Find (the Notebook's and the Reader's): while open, every hit is painted and
// the current one is brought into view; the paint goes when the Find unmounts.
import { useEffect } from 'react';
import { clearFindHits, paintFindHits } from './findHighlights';

export function useFindPainting(open: boolean, ranges: Range[], current: number, block: ScrollLogicalPosition): void {
  useEffect(() => {
    if (!open) return;
    const hit = ranges[current] ?? null;
    paintFindHits(ranges, hit);
    hit?.startContainer.parentElement?.scrollIntoView({ block });
  }, [open, ranges, current, block]);

  useEffect(() => clearFindHits, []);
}
