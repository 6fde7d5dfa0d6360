import type { TextMap } from './textMap';

/** The text node and offset under a point of the window (where a click landed), or null. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The text offset under a plain click in the article, or null (a click that ends a selection is not one). */
export function clickedOffset(map: TextMap, x: number, y: number): number | null {
  if (!window.getSelection()?.isCollapsed) return null;
  const caret = caretAt(x, y);
  return caret && map.offsetAt(caret.node, caret.offset, 'start');
}
