// A span opened from a citation, a link or a search match (in the Reader or a note) flashes: painted
// with the CSS Custom Highlight API for a moment, then gone. The DOM is never changed to show it.
import { canPaintHighlights } from './highlightSupport';

/** The highlight's name, styled as ::highlight(passage-flash). */
export const FLASH_HIGHLIGHT = 'passage-flash';
/** How long the span stays painted. */
const FLASH_MS = 1600;

export function flashHighlight(range: Range): void {
  if (!canPaintHighlights) return;
  const flash = new Highlight(range);
  CSS.highlights.set(FLASH_HIGHLIGHT, flash);
  window.setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === flash) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, FLASH_MS);
}
