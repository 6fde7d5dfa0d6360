// Find hits are painted with the CSS Custom Highlight API (the Notebook's and the Reader's Find): Ranges over
// the page's own text nodes, so neither the editor's DOM nor the article's is changed to show them.
import { canPaintHighlights } from './highlightSupport';

const ALL = 'nb-find';
const CURRENT = 'nb-find-current';

export function paintFindHits(ranges: Range[], current: Range | null): void {
  if (!canPaintHighlights) return;
  if (ranges.length === 0) CSS.highlights.delete(ALL);
  else CSS.highlights.set(ALL, new Highlight(...ranges));
  if (current === null) CSS.highlights.delete(CURRENT);
  else {
    const highlight = new Highlight(current);
    highlight.priority = 1;
    CSS.highlights.set(CURRENT, highlight);
  }
}

export function clearFindHits(): void {
  paintFindHits([], null);
}

/** On closing a Find, the current hit stays selected (the Reader's toolbar can mark it; Lexical reads it back). */
export function selectFindHit(hit: Range | undefined): void {
  if (!hit) return;
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(hit);
}
